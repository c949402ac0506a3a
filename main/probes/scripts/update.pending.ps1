# Probe update.pending: Windows Update Agent search for software updates not yet installed,
# always a JSON array; KBArticleIDs is always an array of strings.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

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
ConvertTo-Json -InputObject $items -Depth 5 -Compress
exit 0
