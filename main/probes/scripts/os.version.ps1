# Probe os.version: Windows version values from the registry, as the contract's JSON object.
# A value that is absent is null (never an empty string); UBR is a number.
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

$values = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'

function Get-Text {
  param(
    [string]$Name
  )
  $property = $values.PSObject.Properties[$Name]
  if ($null -eq $property -or $null -eq $property.Value) {
    return $null
  }
  return [string]$property.Value
}

$ubr = $null
$ubrProperty = $values.PSObject.Properties['UBR']
if ($null -ne $ubrProperty -and $null -ne $ubrProperty.Value) {
  $ubr = [int64]$ubrProperty.Value
}

$result = [ordered]@{
  ProductName = Get-Text -Name 'ProductName'
  EditionID = Get-Text -Name 'EditionID'
  ReleaseId = Get-Text -Name 'ReleaseId'
  DisplayVersion = Get-Text -Name 'DisplayVersion'
  CurrentBuild = Get-Text -Name 'CurrentBuild'
  UBR = $ubr
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
