# Probe net.tcp: one TCP connect with its own timeout, the contract's JSON {host, port, reachable,
# error}. The app connects from Node (main/probes/tcp-probe.ts); this script is for the fleet
# detection script, which has only PowerShell on the device. Unreachable is an answer, exit 0.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$targetHost = [string]$probeArgs.host
$port = [int]$probeArgs.port
$timeoutMs = 5000
if ($null -ne $probeArgs.timeoutMs) {
  $timeoutMs = [int]$probeArgs.timeoutMs
}
if ($targetHost -notmatch '^[A-Za-z0-9.-]+$' -or $port -lt 1 -or $port -gt 65535) {
  [Console]::Error.WriteLine('net.tcp needs a host name and a port from 1 to 65535.')
  exit 87
}

$reachable = $false
$message = $null
$client = New-Object -TypeName System.Net.Sockets.TcpClient
try {
  $task = $client.ConnectAsync($targetHost, $port)
  if ($task.Wait($timeoutMs)) {
    $reachable = $client.Connected
  } else {
    $message = 'timed out after ' + $timeoutMs + ' ms'
  }
} catch {
  $inner = $_.Exception
  while ($null -ne $inner.InnerException) {
    $inner = $inner.InnerException
  }
  $message = $inner.Message
} finally {
  $client.Dispose()
}

$result = [ordered]@{
  host = $targetHost
  port = $port
  reachable = $reachable
  error = $message
}
ConvertTo-Json -InputObject $result -Compress
exit 0
