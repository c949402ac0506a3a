# Probe dc.locate: nltest /dsgetdc:<domain>. The program's own text; the exit code is nltest's.
# The domain arrives as base64 JSON and is passed as one argument, never as command text.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$domain = [string]$probeArgs.domain
# A domain name never holds spaces or quotes; refusing them keeps the argument a single token.
if ($domain -notmatch '^[^\s"]+$') {
  [Console]::Error.WriteLine('The domain name is empty or not valid.')
  exit 87
}
$ErrorActionPreference = 'Continue'
$null | & nltest.exe ('/dsgetdc:' + $domain)
exit $LASTEXITCODE
