# Probe scp.registry: the client-side service connection point, the registry values a targeted
# hybrid join rollout sets instead of (or before) the SCP in Active Directory:
# HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD, TenantId and TenantName. Values is null
# when the key does not exist. Read-only. Access denied exits 5 (run elevated), never "absent".
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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

$path = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD'
$values = $null
try {
  # Read directly: Test-Path answers "no" for a key it may not open, which would read as absent.
  $read = Get-ItemProperty -LiteralPath $path -ErrorAction Stop
  $values = [ordered]@{}
  foreach ($name in @('TenantId', 'TenantName')) {
    $property = $read.PSObject.Properties[$name]
    if ($null -ne $property) {
      $values[$name] = [string]$property.Value
    }
  }
} catch {
  $exception = $_.Exception
  if ($exception -is [System.UnauthorizedAccessException] -or $exception -is [System.Security.SecurityException]) {
    [Console]::Error.WriteLine('Access is denied to ' + $path + ': run the validator elevated (as administrator).')
    exit 5
  }
  if ([string]$_.CategoryInfo.Category -ne 'ObjectNotFound') {
    throw
  }
}

$result = [ordered]@{
  Path = 'HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD'
  Values = $values
}
ConvertTo-AsciiJson -InputObject $result
exit 0
