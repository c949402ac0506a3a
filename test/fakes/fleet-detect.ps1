# Runs a generated fleet detection script on a mocked device (test/fakes/fleet-device.ps1), the
# way Intune would run it: its stdout, stderr and exit code are the process's own.
param(
  [string]$Script
)
. (Join-Path $PSScriptRoot 'fleet-device.ps1')
& $Script
exit $LASTEXITCODE
