# Runs the PowerShell test layer (test/ps/*.Tests.ps1) with the Pester module at -PesterManifest.
# Pester prints its own summary (`Tests Passed: N, Failed: 0, ...`) last; the counts also go to
# -ResultFile as JSON for scripts/test-all.mjs. Exit code: the number of failed tests (0 = all passed).
param(
  [Parameter(Mandatory = $true)] [string]$PesterManifest,
  [string]$ResultFile = '',
  [string[]]$Path = @()
)
$ErrorActionPreference = 'Stop'
Import-Module -Name $PesterManifest -Force
$configuration = New-PesterConfiguration
# A comma-separated list when started with -File from another program.
$Path = @($Path | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
if ($Path.Count -gt 0) {
  $configuration.Run.Path = $Path
} else {
  $configuration.Run.Path = $PSScriptRoot
}
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$configuration.Output.RenderMode = 'Plaintext'
$result = Invoke-Pester -Configuration $configuration
if ($ResultFile) {
  $summary = [ordered]@{
    passed = $result.PassedCount
    failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    skipped = $result.SkippedCount + $result.NotRunCount
    durationMs = [int]$result.Duration.TotalMilliseconds
    powershell = $PSVersionTable.PSVersion.ToString()
    failures = @($result.Failed | ForEach-Object { $_.ExpandedPath })
  }
  ConvertTo-Json -InputObject $summary -Depth 4 | Set-Content -LiteralPath $ResultFile -Encoding utf8
}
exit ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount)
