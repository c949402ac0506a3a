# Probe vpn.connect: rasdial "<name>". The program's own text; the exit code is the RAS error code.
# The name arrives as base64 JSON and is passed as one argument, never as command text.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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
  if ($escaped -match '\s') {
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
$ErrorActionPreference = 'Continue'
# Piping $null gives the program an empty stdin, so it can never read the session's command stream.
$null | & rasdial.exe $argument
exit $LASTEXITCODE
