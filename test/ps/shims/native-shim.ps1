# In-process stand-in for a Windows native program, for what a Linux process cannot do: return an
# exit code above 255 (RAS 809, wusa's -2145124329). Same config.json and calls.jsonl as
# native-shim.mjs; the probe script starts it as System32\<program>.ps1 when
# HVV_TEST_NATIVE_SUFFIX is '.ps1'. Arguments arrive through PowerShell's own binding here, so
# argument-passing tests use the native shim instead.
param(
  [string]$Program,
  [string[]]$ShimArgs = @()
)
$dir = $env:HVV_SHIM_DIR
$config = Get-Content -LiteralPath (Join-Path $dir 'config.json') -Raw -Encoding UTF8 | ConvertFrom-Json
$entries = @($config.PSObject.Properties | Where-Object { $_.Name -eq $Program } | ForEach-Object { $_.Value })
$argv = @($ShimArgs)
$entry = $null
foreach ($candidate in $entries) {
  if ($null -eq $candidate.args) {
    $entry = $candidate
    break
  }
  $wanted = @($candidate.args)
  if ($wanted.Count -eq $argv.Count -and (($wanted -join "`0") -ceq ($argv -join "`0"))) {
    $entry = $candidate
    break
  }
}
$line = ConvertTo-Json -InputObject ([ordered]@{ program = $Program; argv = $argv; stdin = $null }) -Compress
[IO.File]::AppendAllText((Join-Path $dir 'calls.jsonl'), $line + "`n")
if ($null -eq $entry) {
  [Console]::Error.WriteLine('native-shim.ps1: no answer configured for ' + $Program)
  exit 98
}
if ($entry.stdoutFile) {
  $text = [IO.File]::ReadAllText($entry.stdoutFile, [Text.Encoding]::UTF8)
  # Lines, as PowerShell hands a native program's output to the pipeline.
  foreach ($part in ($text.TrimEnd("`r", "`n") -split "`r?`n")) {
    $part
  }
}
if ($entry.stdout) {
  foreach ($part in ($entry.stdout.TrimEnd("`r", "`n") -split "`r?`n")) {
    $part
  }
}
if ($entry.stderr) {
  [Console]::Error.WriteLine([string]$entry.stderr)
}
$code = 0
if ($null -ne $entry.exitCode) {
  $code = [int]$entry.exitCode
}
exit $code
