# Probe dc.ports: does the domain controller answer on LDAP (TCP 389) and Kerberos (TCP 88) from this
# device? One TCP connect per port with its own timeout. Each port is connected, refused (the host
# said no: SocketError 10061), timeout (no answer) or error (SocketError number). Exit 0: a closed
# port is an answer.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

# --- hvv:ascii-json begin: the same lines in every structured probe (test/ps checks) ---
# Pure ASCII on stdout: Windows PowerShell 5.1 writes the OEM code page, which would corrupt
# names such as "VPN Societe" with accents or CN=Juergen with an umlaut, so those are \uXXXX.
function ConvertTo-AsciiJson {
  param(
    $InputObject,
    [int]$Depth = 5
  )
  $json = ConvertTo-Json -InputObject $InputObject -Depth $Depth -Compress
  $builder = New-Object -TypeName System.Text.StringBuilder
  foreach ($character in $json.ToCharArray()) {
    $code = [int]$character
    if ($code -gt 126) {
      [void]$builder.Append('\u' + $code.ToString('x4'))
    } else {
      [void]$builder.Append($character)
    }
  }
  return $builder.ToString()
}
# --- hvv:ascii-json end ---

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$address = [string]$probeArgs.address
$parsed = $null
if (-not [System.Net.IPAddress]::TryParse($address, [ref]$parsed)) {
  [Console]::Error.WriteLine('dc.ports needs an IPv4 or IPv6 address.')
  exit 87
}
$timeoutMs = 5000
if ($null -ne $probeArgs.timeoutMs) {
  $timeoutMs = [int]$probeArgs.timeoutMs
}

# Tests only: real listeners cannot bind 389 and 88 without root, so the Pester test shifts both.
$portOffset = 0
if (-not [string]::IsNullOrEmpty($env:HVV_TEST_DC_PORT_OFFSET)) {
  $portOffset = [int]$env:HVV_TEST_DC_PORT_OFFSET
}
$ports = @()
foreach ($port in @(389, 88)) {
  $state = 'error'
  $socketError = $null
  $watch = [System.Diagnostics.Stopwatch]::StartNew()
  $client = New-Object -TypeName System.Net.Sockets.TcpClient -ArgumentList $parsed.AddressFamily
  try {
    $task = $client.ConnectAsync($parsed, $port + $portOffset)
    if ($task.Wait($timeoutMs)) {
      if ($client.Connected) {
        $state = 'connected'
      }
    } else {
      $state = 'timeout'
    }
  } catch {
    $inner = $_.Exception
    while ($null -ne $inner.InnerException) {
      $inner = $inner.InnerException
    }
    if ($inner -is [System.Net.Sockets.SocketException]) {
      # The number, not the message: the message is in the device's language.
      $socketError = [int]$inner.ErrorCode
      if ($inner.SocketErrorCode -eq [System.Net.Sockets.SocketError]::ConnectionRefused) {
        $state = 'refused'
      } elseif ($inner.SocketErrorCode -eq [System.Net.Sockets.SocketError]::TimedOut) {
        $state = 'timeout'
      }
    }
  } finally {
    $client.Dispose()
  }
  $ports += [ordered]@{
    Port = $port
    State = $state
    SocketError = $socketError
    ElapsedMs = [int]$watch.ElapsedMilliseconds
  }
}

$result = [ordered]@{
  Address = $parsed.ToString()
  Ports = @($ports)
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
