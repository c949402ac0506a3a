# Probe proxy.winhttp: the program's own text; the exit code is netsh's.
param(
  [string]$ArgsBase64 = ''
)
# Piping $null gives the program an empty stdin, so it can never read the session's command stream.
$null | & netsh.exe winhttp show proxy
exit $LASTEXITCODE
