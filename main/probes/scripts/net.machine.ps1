# Probe net.machine (issue 17): the network as Windows setup sees it. Autopilot and hybrid join
# run as SYSTEM with the WinHTTP proxy, not as the technician with the browser's proxy. This reads
# the signed-in user's proxy (HKCU Internet Settings) and tries each endpoint as that user, the way
# that account's traffic goes (its proxy, PAC or WPAD, with HTTP CONNECT through a proxy). When
# elevated, it runs the same reads once more as SYSTEM (through the WinHTTP proxy when one is set)
# in a one-shot scheduled task, written to a folder under %windir%\Temp (which only SYSTEM and
# administrators can read); it waits a bounded time and always unregisters the task and deletes
# the folder, even when the task hangs or fails.
# Unelevated it says so (Elevated false, Machine null): the machine view needs administrator rights.
# Decisions use numbers and flags (ProxyEnable, WinHttpSettings bytes, socket error codes), never
# localized text. Exit 0 with JSON; 87 for bad arguments.
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

# The reads, run by this script as the user and by the SYSTEM task's payload, which is written from
# these very functions' text (Write-HvvPayload), so both views are read by the same lines.
function Read-HvvInternetSettings {
  $view = [ordered]@{ ProxyEnable = $null; ProxyServer = $null; AutoConfigURL = $null }
  try {
    $settings = Get-ItemProperty -LiteralPath 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -ErrorAction Stop
    if ($null -ne $settings.ProxyEnable) {
      $view.ProxyEnable = [int]$settings.ProxyEnable
    }
    if (-not [string]::IsNullOrEmpty([string]$settings.ProxyServer)) {
      $view.ProxyServer = [string]$settings.ProxyServer
    }
    if (-not [string]::IsNullOrEmpty([string]$settings.AutoConfigURL)) {
      $view.AutoConfigURL = [string]$settings.AutoConfigURL
    }
  } catch {
    $view.ProxyEnable = $null
  }
  return $view
}

function Read-HvvWinHttpProxy {
  # WinHttpSettings: DWORD size, DWORD counter, DWORD flags (2 = a proxy is set), DWORD length, the
  # proxy in ASCII, then the bypass list. Bytes, not netsh's text, which is in the device's language.
  $view = [ordered]@{ Read = $false; Proxy = $null }
  try {
    $key = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections' -ErrorAction Stop
    $view.Read = $true
    $bytes = [byte[]]$key.WinHttpSettings
    if ($null -ne $bytes -and $bytes.Length -ge 16) {
      $flags = [BitConverter]::ToInt32($bytes, 8)
      $length = [BitConverter]::ToInt32($bytes, 12)
      if (($flags -band 2) -ne 0 -and $length -gt 0 -and (16 + $length) -le $bytes.Length) {
        $view.Proxy = [Text.Encoding]::ASCII.GetString($bytes, 16, $length)
      }
    }
  } catch {
    $view.Read = $false
  }
  return $view
}

function Get-HvvRoute {
  # Where this account's HTTPS traffic to an endpoint goes: through -StaticProxy when given (WinHTTP
  # for SYSTEM), else wherever the account's own proxy settings send it (static, PAC or WPAD,
  # resolved by .NET for the account running this). $null means direct.
  param(
    $Endpoint,
    [string]$StaticProxy
  )
  $setting = $StaticProxy
  if ([string]::IsNullOrEmpty($setting)) {
    try {
      $target = New-Object -TypeName System.Uri -ArgumentList ('https://' + [string]$Endpoint.Host + ':' + [int]$Endpoint.Port + '/')
      $proxied = [System.Net.WebRequest]::GetSystemWebProxy().GetProxy($target)
      if ($null -ne $proxied -and $proxied.Host -ne $target.Host) {
        return [ordered]@{ Host = $proxied.Host; Port = [int]$proxied.Port }
      }
    } catch {
      $null = $_
    }
    return $null
  }
  foreach ($entry in $setting.Split(';')) {
    $text = $entry.Trim()
    if ($text.Contains('=')) {
      if (-not $text.ToLowerInvariant().StartsWith('https=')) {
        continue
      }
      $text = $text.Substring(6)
    }
    $match = [regex]::Match($text, '^(?:[A-Za-z]+://)?([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?')
    if ($match.Success) {
      $port = 80
      if ($match.Groups[2].Success) {
        $port = [int]$match.Groups[2].Value
      }
      return [ordered]@{ Host = $match.Groups[1].Value; Port = $port }
    }
  }
  return $null
}

function Test-HvvReach {
  # Every connect starts at once and shares one deadline, so N endpoints cost one timeout, not N.
  # Through a proxy, reached means the proxy opened the tunnel (HTTP CONNECT answered 200).
  param(
    [object[]]$Endpoints,
    [int]$TimeoutMs,
    [string]$StaticProxy = ''
  )
  $attempts = @()
  foreach ($endpoint in $Endpoints) {
    $route = Get-HvvRoute -Endpoint $endpoint -StaticProxy $StaticProxy
    $client = New-Object -TypeName System.Net.Sockets.TcpClient
    $task = $null
    $failure = $null
    try {
      if ($null -ne $route) {
        $task = $client.ConnectAsync([string]$route.Host, [int]$route.Port)
      } else {
        $task = $client.ConnectAsync([string]$endpoint.Host, [int]$endpoint.Port)
      }
    } catch {
      $failure = $_.Exception
    }
    $attempts += [pscustomobject]@{ Endpoint = $endpoint; Route = $route; Client = $client; Task = $task; Failure = $failure }
  }
  $watch = [System.Diagnostics.Stopwatch]::StartNew()
  $results = @()
  foreach ($attempt in $attempts) {
    $state = 'error'
    $socketError = $null
    $proxyStatus = $null
    $failure = $attempt.Failure
    if ($null -ne $attempt.Task) {
      $left = [Math]::Max(0, $TimeoutMs - [int]$watch.ElapsedMilliseconds)
      try {
        if ($attempt.Task.Wait($left)) {
          if ($attempt.Client.Connected) {
            $state = 'connected'
          }
        } else {
          $state = 'timeout'
        }
      } catch {
        $failure = $_.Exception
      }
    }
    if ($state -eq 'connected' -and $null -ne $attempt.Route) {
      $state = 'timeout'
      try {
        $stream = $attempt.Client.GetStream()
        $stream.ReadTimeout = [Math]::Max(500, $TimeoutMs - [int]$watch.ElapsedMilliseconds)
        $target = [string]$attempt.Endpoint.Host + ':' + [int]$attempt.Endpoint.Port
        $request = [Text.Encoding]::ASCII.GetBytes('CONNECT ' + $target + " HTTP/1.1`r`nHost: " + $target + "`r`n`r`n")
        $stream.Write($request, 0, $request.Length)
        $buffer = New-Object -TypeName byte[] -ArgumentList 1024
        $count = $stream.Read($buffer, 0, $buffer.Length)
        $line = [Text.Encoding]::ASCII.GetString($buffer, 0, $count)
        $status = [regex]::Match($line, '^HTTP/1\.[01] ([0-9]{3})')
        if ($status.Success) {
          $proxyStatus = [int]$status.Groups[1].Value
          if ($proxyStatus -eq 200) {
            $state = 'connected'
          } else {
            $state = 'refused'
          }
        } else {
          $state = 'error'
        }
      } catch {
        $failure = $_.Exception
      }
    }
    if ($null -ne $failure) {
      $inner = $failure
      while ($null -ne $inner.InnerException) {
        $inner = $inner.InnerException
      }
      if ($inner -is [System.Net.Sockets.SocketException]) {
        $socketError = [int]$inner.ErrorCode
        if ($inner.SocketErrorCode -eq [System.Net.Sockets.SocketError]::ConnectionRefused) {
          $state = 'refused'
        } elseif ($inner.SocketErrorCode -eq [System.Net.Sockets.SocketError]::TimedOut) {
          $state = 'timeout'
        }
      }
    }
    $attempt.Client.Dispose()
    $via = 'direct'
    if ($null -ne $attempt.Route) {
      $via = [string]$attempt.Route.Host + ':' + [int]$attempt.Route.Port
    }
    $results += [ordered]@{
      Host = [string]$attempt.Endpoint.Host
      Port = [int]$attempt.Endpoint.Port
      Via = $via
      State = $state
      SocketError = $socketError
      ProxyStatus = $proxyStatus
    }
  }
  return ,$results
}

function Get-HvvAccount {
  if ([string]::IsNullOrEmpty($env:USERNAME)) {
    return $null
  }
  return ([string]$env:USERDOMAIN + '\' + [string]$env:USERNAME)
}

function Write-HvvMachineView {
  # What the SYSTEM task runs: the reads, written to result.json in its own folder (through a
  # temporary name, so the waiting script never reads half a file).
  param(
    [string]$Folder
  )
  $out = [ordered]@{ Account = $null; Internet = $null; WinHttp = $null; Reach = @(); Error = $null }
  try {
    $out.Account = Get-HvvAccount
    # Not @(...): Windows PowerShell 5.1 emits a JSON array as one object, which @() would nest.
    $endpoints = Get-Content -LiteralPath (Join-Path $Folder 'endpoints.json') -Raw | ConvertFrom-Json
    $out.Internet = Read-HvvInternetSettings
    $out.WinHttp = Read-HvvWinHttpProxy
    $out.Reach = Test-HvvReach -Endpoints $endpoints -TimeoutMs 5000 -StaticProxy ([string]$out.WinHttp.Proxy)
  } catch {
    $out.Error = $_.Exception.Message
  }
  $temporary = Join-Path $Folder 'result.tmp'
  Set-Content -LiteralPath $temporary -Value (ConvertTo-Json -InputObject $out -Depth 5 -Compress) -Encoding UTF8
  Move-Item -LiteralPath $temporary -Destination (Join-Path $Folder 'result.json') -Force
}

function Write-HvvPayload {
  param(
    [string]$Path
  )
  $lines = @("`$ErrorActionPreference = 'Stop'")
  foreach ($name in @('Read-HvvInternetSettings', 'Read-HvvWinHttpProxy', 'Get-HvvRoute', 'Test-HvvReach', 'Get-HvvAccount', 'Write-HvvMachineView')) {
    $definition = (Get-Item -LiteralPath ('Function:\' + $name)).ScriptBlock.ToString()
    $lines += ('function ' + $name + ' {' + $definition + '}')
  }
  $lines += 'Write-HvvMachineView -Folder $PSScriptRoot'
  Set-Content -LiteralPath $Path -Value ($lines -join "`r`n") -Encoding UTF8
}

function Test-HvvElevated {
  # Tests only: Linux has no Windows token to ask.
  if (-not [string]::IsNullOrEmpty($env:HVV_TEST_ELEVATED)) {
    return ($env:HVV_TEST_ELEVATED -eq '1')
  }
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  $principal = New-Object -TypeName Security.Principal.WindowsPrincipal -ArgumentList $identity
  return $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Invoke-HvvMachineView {
  param(
    [object[]]$Endpoints,
    [int]$TimeoutMs
  )
  $id = [guid]::NewGuid().ToString('n')
  $folder = Join-Path -Path (Join-Path -Path $env:windir -ChildPath 'Temp') -ChildPath ('hvv-machine-' + $id)
  $taskName = 'HVV machine view ' + $id
  $taskPath = '\HVV\'
  $view = [ordered]@{ Ran = $false; Account = $null; Internet = $null; WinHttp = $null; Reach = @(); Error = $null }
  try {
    New-Item -ItemType Directory -Path $folder -Force | Out-Null
    $endpointsJson = ConvertTo-Json -InputObject @($Endpoints) -Depth 3 -Compress
    Set-Content -LiteralPath (Join-Path $folder 'endpoints.json') -Value $endpointsJson -Encoding UTF8
    $payload = Join-Path $folder 'machine-view.ps1'
    Write-HvvPayload -Path $payload
    $powershell = Join-Path -Path $env:windir -ChildPath 'System32\WindowsPowerShell\v1.0\powershell.exe'
    # Only the generated folder's path reaches the command line; the endpoints travel in a file.
    $arguments = '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "' + $payload + '"'
    $action = New-ScheduledTaskAction -Execute $powershell -Argument $arguments
    $principal = New-ScheduledTaskPrincipal -UserId 'S-1-5-18' -LogonType ServiceAccount -RunLevel Highest
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Seconds 120) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    Register-ScheduledTask -TaskName $taskName -TaskPath $taskPath -Action $action -Principal $principal -Settings $settings -Force | Out-Null
    Start-ScheduledTask -TaskName $taskName -TaskPath $taskPath
    $result = Join-Path $folder 'result.json'
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    while (-not (Test-Path -LiteralPath $result) -and $watch.ElapsedMilliseconds -lt $TimeoutMs) {
      Start-Sleep -Milliseconds 200
    }
    if (Test-Path -LiteralPath $result) {
      $answer = Get-Content -LiteralPath $result -Raw | ConvertFrom-Json
      $view.Ran = ($null -eq $answer.Error)
      $view.Account = $answer.Account
      $view.Internet = $answer.Internet
      $view.WinHttp = $answer.WinHttp
      $view.Reach = @($answer.Reach)
      $view.Error = $answer.Error
    } else {
      $view.Error = 'The SYSTEM task did not finish within ' + [int]($TimeoutMs / 1000) + ' s.'
    }
  } catch {
    $view.Error = $_.Exception.Message
  } finally {
    # Always, whatever happened above: a task left behind would run as SYSTEM again.
    try {
      Stop-ScheduledTask -TaskName $taskName -TaskPath $taskPath -ErrorAction SilentlyContinue
    } catch {
      $null = $_
    }
    try {
      Unregister-ScheduledTask -TaskName $taskName -TaskPath $taskPath -Confirm:$false -ErrorAction SilentlyContinue
    } catch {
      $null = $_
    }
    Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
  }
  return $view
}

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$endpoints = @()
foreach ($item in ([string]$probeArgs.endpoints).Split(',')) {
  $text = $item.Trim()
  if ($text -eq '') {
    continue
  }
  $match = [regex]::Match($text, '^([A-Za-z0-9.-]{1,253}):([0-9]{1,5})$')
  if (-not $match.Success -or [int]$match.Groups[2].Value -lt 1 -or [int]$match.Groups[2].Value -gt 65535) {
    [Console]::Error.WriteLine('net.machine needs endpoints as host:port separated by commas.')
    exit 87
  }
  $endpoints += [ordered]@{ Host = $match.Groups[1].Value; Port = [int]$match.Groups[2].Value }
}
if ($endpoints.Count -eq 0) {
  [Console]::Error.WriteLine('net.machine needs at least one endpoint.')
  exit 87
}
$taskTimeoutMs = 60000
if ($null -ne $probeArgs.taskTimeoutMs) {
  $taskTimeoutMs = [int]$probeArgs.taskTimeoutMs
}

$elevated = Test-HvvElevated
$user = [ordered]@{
  Account = Get-HvvAccount
  Internet = Read-HvvInternetSettings
  Reach = Test-HvvReach -Endpoints $endpoints -TimeoutMs 5000
}
$machine = $null
if ($elevated) {
  $machine = Invoke-HvvMachineView -Endpoints $endpoints -TimeoutMs $taskTimeoutMs
}
$result = [ordered]@{
  Elevated = $elevated
  User = $user
  Machine = $machine
}
ConvertTo-AsciiJson -InputObject $result -Depth 6
exit 0
