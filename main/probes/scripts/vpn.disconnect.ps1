# Probe vpn.disconnect: rasdial "<name>" /disconnect. The program's own text; the exit code is the RAS error code.
# The name arrives as base64 JSON and is passed as one argument, never as command text.
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

# Windows PowerShell 5.1 (and pwsh before 7.3) pass embedded double quotes to programs unescaped;
# escape them the way the program's C runtime reads its command line. Newer pwsh already does this.
function ConvertTo-NativeArgument {
  param(
    [string]$Value
  )
  $mode = Get-Variable -Name PSNativeCommandArgumentPassing -ValueOnly -ErrorAction SilentlyContinue
  if ($null -ne $mode -and [string]$mode -ne 'Legacy') {
    return $Value
  }
  $escaped = $Value -replace '(\\*)"', '$1$1\"'
  # Windows PowerShell 5.1 wraps an argument with spaces in quotes without doubling its trailing
  # backslashes (they would escape the closing quote); pwsh 7 in Legacy mode already doubles them.
  if ($PSVersionTable.PSVersion.Major -lt 6 -and $escaped -match '\s') {
    $escaped = $escaped -replace '(\\+)$', '$1$1'
  }
  return $escaped
}

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$name = [string]$probeArgs.name
if ([string]::IsNullOrWhiteSpace($name)) {
  [Console]::Error.WriteLine('No VPN connection name was given.')
  exit 87
}
$argument = ConvertTo-NativeArgument -Value $name
$rasdial = Get-NativePath -Name 'rasdial'
$ErrorActionPreference = 'Continue'
# Piping $null gives the program an empty stdin, so it can never read the session's command stream.
$null | & $rasdial $argument /disconnect
exit $LASTEXITCODE
