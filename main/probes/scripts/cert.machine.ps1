# Probe cert.machine: certificates in Cert:\LocalMachine\My, always a JSON array, dates ISO-8601 (UTC).
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

$items = @(Get-ChildItem -Path 'Cert:\LocalMachine\My' | ForEach-Object {
    $cert = $_
    # Read from the extension itself: EnhancedKeyUsageList is not there in every PowerShell.
    $usages = @($cert.Extensions | Where-Object {
        $_ -is [System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]
      } | ForEach-Object {
        foreach ($oid in $_.EnhancedKeyUsages) {
          [ordered]@{
            FriendlyName = $oid.FriendlyName
            ObjectId = $oid.Value
          }
        }
      })
    [ordered]@{
      Subject = $cert.Subject
      Issuer = $cert.Issuer
      Thumbprint = $cert.Thumbprint
      NotBefore = $cert.NotBefore.ToUniversalTime().ToString('o')
      NotAfter = $cert.NotAfter.ToUniversalTime().ToString('o')
      HasPrivateKey = [bool]$cert.HasPrivateKey
      EnhancedKeyUsage = $usages
    }
  })
ConvertTo-Json -InputObject $items -Depth 5 -Compress
exit 0
