# Probe mdm.enrollments: enrollment subkeys that have a ProviderID, always a JSON array.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

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
$items = @()
if (Test-Path -LiteralPath $root) {
  $items = @(Get-ChildItem -LiteralPath $root | ForEach-Object {
      $key = $_
      # One unreadable key must not hide the others.
      $values = Get-ItemProperty -LiteralPath $key.PSPath -ErrorAction SilentlyContinue
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
}
ConvertTo-Json -InputObject $items -Depth 5 -Compress
exit 0
