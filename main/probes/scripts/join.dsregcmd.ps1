# Probe join.dsregcmd: the program's own text; the exit code is dsregcmd's.
param(
  [string]$ArgsBase64 = ''
)

# --- hvv:native-path begin: the same lines in every script that starts a program (test/ps checks) ---
# Programs start by their full path under %SystemRoot%\System32, never by name: Windows looks in
# the current folder and PATH first, where a planted rasdial.exe would run with our rights.
function Get-NativePath {
  param(
    [string]$Name
  )
  $windows = $env:SystemRoot
  if ([string]::IsNullOrEmpty($windows)) {
    $windows = $env:windir
  }
  if ([string]::IsNullOrEmpty($windows)) {
    $windows = 'C:\Windows'
  }
  $system32 = Join-Path -Path $windows -ChildPath 'System32'
  $path = Join-Path -Path $system32 -ChildPath ($Name + '.exe')
  # Tests only: a stand-in System32 holds shims. Never used while the real program is there.
  $shims = $env:HVV_TEST_NATIVE_SHIMS
  if (-not [string]::IsNullOrEmpty($shims) -and -not [System.IO.File]::Exists($path)) {
    if ($shims -eq 'bare') {
      $path = Join-Path -Path $system32 -ChildPath $Name
    } elseif ($shims -eq 'cmd') {
      $path = Join-Path -Path $system32 -ChildPath ($Name + '.cmd')
    } elseif ($shims -eq 'ps1') {
      $path = Join-Path -Path $system32 -ChildPath ($Name + '.ps1')
    }
  }
  return $path
}
# --- hvv:native-path end ---

$dsregcmd = Get-NativePath -Name 'dsregcmd'
# Piping $null gives the program an empty stdin, so it can never read the session's command stream.
$null | & $dsregcmd /status
exit $LASTEXITCODE
