# Probe os.hotfixes: installed updates from Get-HotFix, always a JSON array.
# InstalledOn is ISO-8601 or null (Get-HotFix cannot parse some localized dates and throws).
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

function Get-NullableText {
  param(
    $Value
  )
  if ($null -eq $Value) {
    return $null
  }
  return [string]$Value
}

$items = @(foreach ($fix in @(Get-HotFix)) {
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
ConvertTo-AsciiJson -InputObject $items -Depth 5
exit 0
