# Probe autopilot.profile: the Autopilot diagnostics registry values and the cached profile
# (the same file Microsoft's Autopilot diagnostics read). Either part is null when absent.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

$providerProperties = @('PSPath', 'PSParentPath', 'PSChildName', 'PSDrive', 'PSProvider')

$registry = $null
$registryPath = 'HKLM:\SOFTWARE\Microsoft\Provisioning\Diagnostics\Autopilot'
if (Test-Path -LiteralPath $registryPath) {
  $registry = [ordered]@{}
  $values = Get-ItemProperty -LiteralPath $registryPath
  if ($null -ne $values) {
    foreach ($property in $values.PSObject.Properties) {
      if ($providerProperties -notcontains $property.Name) {
        $registry[$property.Name] = $property.Value
      }
    }
  }
}

$ztdFile = $null
$ztdPath = Join-Path -Path $env:windir -ChildPath 'ServiceState\wmansvc\AutopilotDDSZTDFile.json'
if (Test-Path -LiteralPath $ztdPath) {
  try {
    $ztdFile = Get-Content -LiteralPath $ztdPath -Raw -Encoding UTF8 | ConvertFrom-Json
  } catch {
    # A damaged cache reads as "no profile"; the message still reaches the evidence.
    [Console]::Error.WriteLine('The cached Autopilot profile could not be read: ' + $_.Exception.Message)
    $ztdFile = $null
  }
}

$result = [ordered]@{
  registry = $registry
  ztdFile = $ztdFile
}
ConvertTo-Json -InputObject $result -Depth 10 -Compress
exit 0
