# Issue 17's net.machine on real PowerShell: the user's proxy and reach, and the SYSTEM view through a
# one-shot scheduled task. The ScheduledTasks cmdlets (Windows only) are stubs replaced by mocks; the
# mocked Start-ScheduledTask runs the generated payload in this session (as SYSTEM would run it), or
# does nothing (a hung task), or throws. Cleanup is proven in every case: the task unregistered and
# the protected folder gone. Reach uses real TCP sockets on 127.0.0.1.
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
  foreach ($name in @('New-ScheduledTaskAction', 'New-ScheduledTaskPrincipal', 'New-ScheduledTaskSettingsSet', 'Register-ScheduledTask', 'Start-ScheduledTask', 'Stop-ScheduledTask', 'Unregister-ScheduledTask')) {
    if (-not (Get-Command -Name $name -ErrorAction SilentlyContinue)) {
      $body = "[CmdletBinding()] param([string]`$Execute, [string]`$Argument, [string]`$UserId, [string]`$LogonType, [string]`$RunLevel, [TimeSpan]`$ExecutionTimeLimit, [switch]`$AllowStartIfOnBatteries, [switch]`$DontStopIfGoingOnBatteries, [string]`$TaskName, [string]`$TaskPath, `$Action, `$Principal, `$Settings, [switch]`$Force, [switch]`$Confirm) throw '$name stub called without a Mock'"
      Set-Item -Path ('Function:\global:' + $name) -Value ([ScriptBlock]::Create($body))
    }
  }

  function Read-MachineProbe {
    param($ProbeArgs)
    $result = Invoke-Probe -Name 'net.machine' -ProbeArgs $ProbeArgs
    $result.ExitCode | Should -Be 0 -Because $result.Stderr
    $result.Stdout | ConvertFrom-Json
  }

  function Get-PayloadPath {
    param([string]$Arguments)
    [regex]::Match($Arguments, '-File "([^"]+)"').Groups[1].Value
  }
}

Describe 'net.machine' {
  BeforeEach {
    $script:standIn = New-StandInSystem32
    New-Item -ItemType Directory -Path (Join-Path $script:standIn.Windows 'Temp') -Force | Out-Null
    $script:listener = New-Object -TypeName System.Net.Sockets.TcpListener -ArgumentList ([System.Net.IPAddress]::Loopback), 0
    $script:listener.Start()
    $script:openPort = $script:listener.LocalEndpoint.Port
    $probe = New-Object -TypeName System.Net.Sockets.TcpListener -ArgumentList ([System.Net.IPAddress]::Loopback), 0
    $probe.Start()
    $script:closedPort = $probe.LocalEndpoint.Port
    $probe.Stop()
    $script:endpoints = '127.0.0.1:' + $script:openPort + ',127.0.0.1:' + $script:closedPort
    $global:HvvRegistered = @()
    $global:HvvUnregistered = @()
    $global:HvvAsSystem = $false

    # HKCU as the user has a static proxy; as SYSTEM it has none. WinHTTP: direct (flags 1).
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKCU:*' } {
      if ($global:HvvAsSystem) {
        [pscustomobject]@{ ProxyEnable = 0 }
      } else {
        [pscustomobject]@{ ProxyEnable = 1; ProxyServer = 'proxy.corp.contoso.com:8080'; AutoConfigURL = $null }
      }
    }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*Connections' } {
      [pscustomobject]@{ WinHttpSettings = [byte[]](24, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) }
    }
    Mock New-ScheduledTaskAction { [pscustomobject]@{ Execute = $Execute; Arguments = $Argument } }
    Mock New-ScheduledTaskPrincipal { [pscustomobject]@{ UserId = $UserId; LogonType = $LogonType; RunLevel = $RunLevel } }
    Mock New-ScheduledTaskSettingsSet { [pscustomobject]@{ ExecutionTimeLimit = $ExecutionTimeLimit } }
    Mock Register-ScheduledTask { $global:HvvRegistered += [pscustomobject]@{ Name = $TaskName; Path = $TaskPath; Action = $Action; Principal = $Principal } }
    Mock Unregister-ScheduledTask { $global:HvvUnregistered += $TaskName }
    Mock Stop-ScheduledTask { }
  }

  AfterEach {
    $script:listener.Stop()
    Remove-Item Env:\HVV_TEST_ELEVATED -ErrorAction SilentlyContinue
    Remove-StandInSystem32 -StandIn $script:standIn
  }

  It 'unelevated: reads the user''s proxy and reach, and says the machine view was not checked' {
    $env:HVV_TEST_ELEVATED = '0'
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Elevated | Should -BeFalse
    $answer.Machine | Should -BeNullOrEmpty
    $answer.User.Internet.ProxyEnable | Should -Be 1
    $answer.User.Internet.ProxyServer | Should -Be 'proxy.corp.contoso.com:8080'
    @($answer.User.Reach | ForEach-Object { $_.State }) | Should -Be @('connected', 'refused')
    Should -Invoke Register-ScheduledTask -Times 0
  }

  It 'elevated: runs the payload as a SYSTEM task, reads its view, then unregisters it and deletes the folder' {
    $env:HVV_TEST_ELEVATED = '1'
    Mock Start-ScheduledTask {
      $global:HvvAsSystem = $true
      try {
        & (Get-PayloadPath -Arguments $global:HvvRegistered[-1].Action.Arguments)
      } finally {
        $global:HvvAsSystem = $false
      }
    }
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Elevated | Should -BeTrue
    $answer.Machine.Ran | Should -BeTrue
    $answer.Machine.Error | Should -BeNullOrEmpty
    $answer.Machine.Internet.ProxyEnable | Should -Be 0
    $answer.Machine.WinHttp.Read | Should -BeTrue
    $answer.Machine.WinHttp.Proxy | Should -BeNullOrEmpty
    @($answer.Machine.Reach | ForEach-Object { $_.State }) | Should -Be @('connected', 'refused')
    $task = $global:HvvRegistered[0]
    $task.Principal.UserId | Should -Be 'S-1-5-18'
    $task.Principal.RunLevel | Should -Be 'Highest'
    $task.Path | Should -Be '\HVV\'
    $task.Action.Execute | Should -BeLike '*System32*WindowsPowerShell*powershell.exe'
    # Only the generated folder is on the command line, under %windir%\Temp.
    (Get-PayloadPath -Arguments $task.Action.Arguments) | Should -BeLike ((Join-Path $script:standIn.Windows 'Temp') + '*hvv-machine-*machine-view.ps1')
    $task.Action.Arguments | Should -Not -Match '127\.0\.0\.1'
    $global:HvvUnregistered | Should -Be @($task.Name)
    @(Get-ChildItem -LiteralPath (Join-Path $script:standIn.Windows 'Temp')) | Should -HaveCount 0
  }

  It 'reads a WinHTTP proxy from the WinHttpSettings bytes' {
    $env:HVV_TEST_ELEVATED = '1'
    $proxy = [Text.Encoding]::ASCII.GetBytes('proxy.corp.contoso.com:8080')
    $global:HvvWinHttp = [byte[]](@(24, 0, 0, 0, 6, 0, 0, 0, 3, 0, 0, 0, $proxy.Length, 0, 0, 0) + $proxy + @(0, 0, 0, 0))
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*Connections' } { [pscustomobject]@{ WinHttpSettings = $global:HvvWinHttp } }
    Mock Start-ScheduledTask { & (Get-PayloadPath -Arguments $global:HvvRegistered[-1].Action.Arguments) }
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Machine.WinHttp.Proxy | Should -Be 'proxy.corp.contoso.com:8080'
  }

  It 'as SYSTEM, goes through the WinHTTP proxy with CONNECT: 200 is reached, 403 is refused with its status' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {
    # PowerShell 7 only (ProcessStartInfo.ArgumentList); the proxy route itself is the same in 5.1.
    $env:HVV_TEST_ELEVATED = '1'
    # A real CONNECT proxy on 127.0.0.1 (Node) that lets only login.live.com through.
    $js = "const s=require('net').createServer(c=>{c.on('error',()=>{});c.once('data',d=>{c.end(String(d).startsWith('CONNECT login.live.com:443 ')?'HTTP/1.1 200 Connection established\r\n\r\n':'HTTP/1.1 403 Forbidden\r\n\r\n')})});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))"
    $start = New-Object -TypeName System.Diagnostics.ProcessStartInfo -ArgumentList 'node'
    $start.ArgumentList.Add('-e')
    $start.ArgumentList.Add($js)
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $node = [System.Diagnostics.Process]::Start($start)
    try {
      $proxyPort = [int]$node.StandardOutput.ReadLine()
      $proxy = [Text.Encoding]::ASCII.GetBytes('127.0.0.1:' + $proxyPort)
      $global:HvvWinHttp = [byte[]](@(24, 0, 0, 0, 6, 0, 0, 0, 3, 0, 0, 0, $proxy.Length, 0, 0, 0) + $proxy + @(0, 0, 0, 0))
      Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*Connections' } { [pscustomobject]@{ WinHttpSettings = $global:HvvWinHttp } }
      Mock Start-ScheduledTask { & (Get-PayloadPath -Arguments $global:HvvRegistered[-1].Action.Arguments) }
      $answer = Read-MachineProbe @{ endpoints = 'login.live.com:443,ztd.dds.microsoft.com:443' }
      $reach = @($answer.Machine.Reach)
      $reach[0].Via | Should -Be ('127.0.0.1:' + $proxyPort)
      $reach[0].State | Should -Be 'connected'
      $reach[0].ProxyStatus | Should -Be 200
      $reach[1].State | Should -Be 'refused'
      $reach[1].ProxyStatus | Should -Be 403
    } finally {
      $node.Kill()
      $node.Dispose()
    }
  }

  It 'a task that hangs: gives up after the bounded wait, says so, and still cleans up' {
    $env:HVV_TEST_ELEVATED = '1'
    Mock Start-ScheduledTask { }
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints; taskTimeoutMs = 1000 }
    $watch.ElapsedMilliseconds | Should -BeLessThan 15000
    $answer.Machine.Ran | Should -BeFalse
    $answer.Machine.Error | Should -BeLike '*did not finish within 1 s*'
    Should -Invoke Stop-ScheduledTask -Times 1
    $global:HvvUnregistered | Should -HaveCount 1
    @(Get-ChildItem -LiteralPath (Join-Path $script:standIn.Windows 'Temp')) | Should -HaveCount 0
  }

  It 'a task that cannot start: reports the error and still unregisters and deletes' {
    $env:HVV_TEST_ELEVATED = '1'
    Mock Start-ScheduledTask { throw 'The task could not start (0x80070005)' }
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Machine.Ran | Should -BeFalse
    $answer.Machine.Error | Should -BeLike '*0x80070005*'
    $global:HvvUnregistered | Should -HaveCount 1
    @(Get-ChildItem -LiteralPath (Join-Path $script:standIn.Windows 'Temp')) | Should -HaveCount 0
  }

  It 'a refused registration: reports it, tries to unregister anyway, leaves no folder' {
    $env:HVV_TEST_ELEVATED = '1'
    Mock Register-ScheduledTask { throw 'Access is denied.' }
    Mock Start-ScheduledTask { throw 'must not start' }
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Machine.Error | Should -Be 'Access is denied.'
    Should -Invoke Start-ScheduledTask -Times 0
    Should -Invoke Unregister-ScheduledTask -Times 1
    @(Get-ChildItem -LiteralPath (Join-Path $script:standIn.Windows 'Temp')) | Should -HaveCount 0
  }

  It 'a payload that fails as SYSTEM: its error comes back, the view is not Ran' {
    $env:HVV_TEST_ELEVATED = '1'
    Mock Start-ScheduledTask {
      $folder = Split-Path -Parent (Get-PayloadPath -Arguments $global:HvvRegistered[-1].Action.Arguments)
      Remove-Item -LiteralPath (Join-Path $folder 'endpoints.json')
      & (Join-Path $folder 'machine-view.ps1')
    }
    $answer = Read-MachineProbe @{ endpoints = $script:endpoints }
    $answer.Machine.Ran | Should -BeFalse
    $answer.Machine.Error | Should -Not -BeNullOrEmpty
    $global:HvvUnregistered | Should -HaveCount 1
  }

  It 'refuses endpoints that are not host:port, before touching anything (exit 87)' {
    $env:HVV_TEST_ELEVATED = '1'
    $result = Invoke-Probe -Name 'net.machine' -ProbeArgs @{ endpoints = 'login.live.com:443,$(calc):1' }
    $result.ExitCode | Should -Be 87
    $result.Stderr | Should -BeLike '*host:port*'
    Should -Invoke Register-ScheduledTask -Times 0
  }
}
