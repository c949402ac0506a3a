# Probe cert.machine: certificates in Cert:\LocalMachine\My, always a JSON array, dates ISO-8601 (UTC).
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
# Windows PowerShell 5.1 serializes arrays wrapped in PSObject as {value, Count}; this type data is why.
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

# --- hvv:ascii-json begin: the same lines in every structured probe (test/ps checks) ---
# Pure ASCII on stdout: Windows PowerShell 5.1 writes the OEM code page, which would corrupt
# names such as "VPN Societe" with accents or CN=Juergen with an umlaut, so those are \uXXXX.
function ConvertTo-AsciiJson {
  param(
    $InputObject,
    [int]$Depth = 5
  )
  $json = ConvertTo-Json -InputObject $InputObject -Depth $Depth -Compress
  $builder = New-Object -TypeName System.Text.StringBuilder
  foreach ($character in $json.ToCharArray()) {
    $code = [int]$character
    if ($code -gt 126) {
      [void]$builder.Append('\u' + $code.ToString('x4'))
    } else {
      [void]$builder.Append($character)
    }
  }
  return $builder.ToString()
}
# --- hvv:ascii-json end ---

# Each usage by its OID, as the certificate holds it: the OID decides, never the (localized)
# friendly name. No EKU extension at all gives an empty list (the certificate is valid for every
# purpose); anyExtendedKeyUsage is reported as its OID 2.5.29.37.0.
$items = @(foreach ($cert in @(Get-ChildItem -Path 'Cert:\LocalMachine\My')) {
    $usages = @(foreach ($extension in @($cert.Extensions)) {
        if ($null -ne $extension -and $extension.Oid.Value -eq '2.5.29.37') {
          $eku = $extension
          if (-not ($eku -is [System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension])) {
            $eku = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension -ArgumentList $extension, $extension.Critical
          }
          foreach ($oid in $eku.EnhancedKeyUsages) {
            [ordered]@{
              FriendlyName = $oid.FriendlyName
              ObjectId = $oid.Value
            }
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
ConvertTo-AsciiJson -InputObject $items -Depth 5
exit 0
