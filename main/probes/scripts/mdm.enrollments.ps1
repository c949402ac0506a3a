# Probe mdm.enrollments: enrollment subkeys that have a ProviderID, always a JSON array.
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

function Get-Value {
  param(
    $Values,
    [string]$Name
  )
  if ($null -eq $Values) {
    return $null
  }
  $property = $Values.PSObject.Properties[$Name]
  if ($null -eq $property) {
    return $null
  }
  return $property.Value
}

$root = 'HKLM:\SOFTWARE\Microsoft\Enrollments'
$keys = @()
if (Test-Path -LiteralPath $root) {
  # A subkey that cannot be listed is reported on stderr; the others still count.
  $listErrors = $null
  $keys = @(Get-ChildItem -LiteralPath $root -ErrorAction SilentlyContinue -ErrorVariable listErrors)
  foreach ($listError in @($listErrors)) {
    if ($null -ne $listError) {
      [Console]::Error.WriteLine('An enrollment key could not be listed: ' + [string]$listError)
    }
  }
}
$items = @(foreach ($key in $keys) {
    $values = $null
    try {
      $values = Get-ItemProperty -LiteralPath $key.PSPath -ErrorAction Stop
    } catch {
      # One unreadable key must not hide the others.
      [Console]::Error.WriteLine('Enrollment ' + [string]$key.PSChildName + ' could not be read: ' + $_.Exception.Message)
      continue
    }
    $provider = Get-Value -Values $values -Name 'ProviderID'
    if ($null -ne $provider) {
      [ordered]@{
        EnrollmentId = [string]$key.PSChildName
        ProviderID = [string]$provider
        UPN = Get-Value -Values $values -Name 'UPN'
        EnrollmentState = Get-Value -Values $values -Name 'EnrollmentState'
        EnrollmentType = Get-Value -Values $values -Name 'EnrollmentType'
      }
    }
  })
ConvertTo-AsciiJson -InputObject $items -Depth 5
exit 0
