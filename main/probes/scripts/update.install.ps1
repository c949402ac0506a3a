# Probe update.install: wusa.exe "<path>" /quiet /norestart. wusa is a windowed program, so it is
# started and awaited explicitly; the exit code is wusa's (0x80240017 arrives as -2145124329).
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
$path = [string]$probeArgs.path
# Windows file names cannot hold double quotes; a trailing backslash would escape the closing quote.
if ([string]::IsNullOrWhiteSpace($path) -or $path.Contains('"') -or $path.EndsWith('\')) {
  [Console]::Error.WriteLine('The update package path is empty or not valid.')
  exit 87
}
if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
  [Console]::Error.WriteLine('The update package was not found: ' + $path)
  exit 2
}

# wusa needs an elevated caller: say so (740, ERROR_ELEVATION_REQUIRED) before it fails with a bare
# 0x80070005. An identity that cannot be read (not Windows) is not a refusal.
$elevated = $null
try {
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  $principal = New-Object -TypeName Security.Principal.WindowsPrincipal -ArgumentList $identity
  $elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
} catch {
  $elevated = $null
}
if ($elevated -eq $false) {
  [Console]::Error.WriteLine('Installing an update needs administrator rights: run the app as administrator.')
  exit 740
}

$startInfo = New-Object -TypeName System.Diagnostics.ProcessStartInfo
$startInfo.FileName = Get-NativePath -Name 'wusa'
$startInfo.Arguments = '"' + $path + '" /quiet /norestart'
$startInfo.UseShellExecute = $false
# An empty stdin, as for every other program: otherwise wusa would inherit the session's command stream.
$startInfo.RedirectStandardInput = $true
$process = [System.Diagnostics.Process]::Start($startInfo)
$process.StandardInput.Close()
$process.WaitForExit()
exit $process.ExitCode
