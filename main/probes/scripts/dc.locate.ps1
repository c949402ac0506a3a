# Probe dc.locate: nltest /dsgetdc:<domain>. The program's own text; the exit code is nltest's.
# The domain arrives as base64 JSON and is passed as one argument, never as command text.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$domain = [string]$probeArgs.domain
# A domain name never holds spaces or quotes; refusing them keeps the argument a single token.
if ($domain -notmatch '^[^\s"]+$') {
  [Console]::Error.WriteLine('The domain name is empty or not valid.')
  exit 87
}
$nltest = Get-NativePath -Name 'nltest'
$ErrorActionPreference = 'Continue'
# /force: ask the domain again instead of answering from the DC locator cache, which may still
# hold a domain controller found before the VPN came up (or none found before it did).
$null | & $nltest ('/dsgetdc:' + $domain) /force
exit $LASTEXITCODE
