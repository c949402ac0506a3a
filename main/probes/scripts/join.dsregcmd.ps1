# Probe join.dsregcmd: the program's own text; the exit code is dsregcmd's.
param(
  [string]$ArgsBase64 = ''
)
# Piping $null gives the program an empty stdin, so it can never read the session's command stream.
$null | & dsregcmd.exe /status
exit $LASTEXITCODE
