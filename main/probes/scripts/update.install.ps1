# Probe update.install: wusa.exe "<path>" /quiet /norestart. wusa is a windowed program, so it is
# started and awaited explicitly; the exit code is wusa's (0x80240017 arrives as -2145124329).
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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
$startInfo.FileName = Join-Path -Path $env:windir -ChildPath 'System32\wusa.exe'
$startInfo.Arguments = '"' + $path + '" /quiet /norestart'
$startInfo.UseShellExecute = $false
$process = [System.Diagnostics.Process]::Start($startInfo)
$process.WaitForExit()
exit $process.ExitCode
