# Records a mocked device the way the app does, one probe script at a time, for the fleet tests:
# prints one JSON array of {probe, args, result} that the test turns into a scenario, so the
# engine's verdict on the full answers can be compared with the fleet line's.
param(
  [string]$ScriptsDir,
  [string]$EndpointsJson
)
. (Join-Path $PSScriptRoot 'fleet-device.ps1')

function Invoke-RecordedProbe {
  param([string]$Probe, $ProbeArgs)
  $json = ConvertTo-Json -InputObject $ProbeArgs -Compress
  $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
  $writer = New-Object -TypeName System.IO.StringWriter
  $previous = [Console]::Error
  [Console]::SetError($writer)
  $global:LASTEXITCODE = 0
  try {
    $output = @(& (Join-Path $ScriptsDir ($Probe + '.ps1')) -ArgsBase64 $encoded 2>$null)
    $code = $global:LASTEXITCODE
  } catch {
    # A script that throws: exit 1 with the message on stderr, as the app's runner reports it.
    $output = @()
    $code = 1
    $writer.WriteLine($_.Exception.Message)
  } finally {
    [Console]::SetError($previous)
  }
  [ordered]@{
    probe = $Probe
    args = $ProbeArgs
    result = [ordered]@{ exitCode = [int]$code; stdout = (@($output | ForEach-Object { [string]$_ }) -join "`n"); stderr = $writer.ToString(); durationMs = 0; timedOut = $false }
  }
}

$records = @()
foreach ($probe in @('os.version', 'join.dsregcmd', 'mdm.enrollments', 'autopilot.profile', 'proxy.winhttp', 'vpn.connections', 'cert.machine', 'cert.user', 'vpn.kind')) {
  $records += Invoke-RecordedProbe -Probe $probe -ProbeArgs @{}
}
foreach ($endpoint in @($EndpointsJson | ConvertFrom-Json)) {
  $records += Invoke-RecordedProbe -Probe 'net.tcp' -ProbeArgs ([ordered]@{ host = $endpoint.host; port = [int]$endpoint.port })
}
ConvertTo-Json -InputObject $records -Depth 8 -Compress
