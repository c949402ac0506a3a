# Probe update.pending: Windows Update Agent search for software updates not yet installed,
# always a JSON array; KBArticleIDs is always an array of strings.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
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

$session = New-Object -ComObject Microsoft.Update.Session
$searcher = $session.CreateUpdateSearcher()
$search = $searcher.Search("IsInstalled=0 and Type='Software'")

$items = @(foreach ($update in $search.Updates) {
    $kbs = @(foreach ($kb in $update.KBArticleIDs) {
        [string]$kb
      })
    [ordered]@{
      Title = [string]$update.Title
      KBArticleIDs = $kbs
      IsDownloaded = [bool]$update.IsDownloaded
      RebootRequired = [bool]$update.RebootRequired
    }
  })
ConvertTo-AsciiJson -InputObject $items -Depth 5
exit 0
