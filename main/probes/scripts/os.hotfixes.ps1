# Probe os.hotfixes: installed updates from Get-HotFix, always a JSON array.
# InstalledOn is ISO-8601 or null (Get-HotFix cannot parse some localized dates and throws).
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
# Windows PowerShell 5.1 serializes arrays wrapped in PSObject as {value, Count}; this type data is why.
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

function Get-NullableText {
  param(
    $Value
  )
  if ($null -eq $Value) {
    return $null
  }
  return [string]$Value
}

$items = @(Get-HotFix | ForEach-Object {
    # Named, because inside catch $_ is the error, not the hotfix.
    $fix = $_
    $installedOn = $null
    try {
      if ($null -ne $fix.InstalledOn) {
        $installedOn = ([datetime]$fix.InstalledOn).ToString('o')
      }
    } catch {
      $installedOn = $null
    }
    [ordered]@{
      HotFixID = Get-NullableText -Value $fix.HotFixID
      Description = Get-NullableText -Value $fix.Description
      InstalledOn = $installedOn
    }
  })
ConvertTo-Json -InputObject $items -Depth 5 -Compress
exit 0
