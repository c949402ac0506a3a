# Probe os.version: Windows version values from the registry, as the contract's JSON object.
# A value that is absent is null (never an empty string); UBR is a number.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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
ConvertTo-Json -InputObject $result -Depth 5 -Compress
exit 0
