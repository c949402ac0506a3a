# Issue 16b's probe scripts on real PowerShell: net.route and the events probes with Find-NetRoute,
# Get-NetAdapter and Get-WinEvent mocked by objects shaped like the real ones (MSFT_NetRoute /
# MSFT_NetIPAddress / MSFT_NetAdapter, EventLogRecord with Properties[].Value), dc.ports against
# real TCP sockets on 127.0.0.1.
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
  Initialize-WindowsStubs
  if (-not (Get-Command -Name Find-NetRoute -ErrorAction SilentlyContinue)) {
    function global:Find-NetRoute {
      [CmdletBinding()]
      param([string]$RemoteIPAddress)
      throw 'Find-NetRoute stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-NetAdapter -ErrorAction SilentlyContinue)) {
    function global:Get-NetAdapter {
      [CmdletBinding()]
      param([int]$InterfaceIndex, [switch]$IncludeHidden)
      throw 'Get-NetAdapter stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-WinEvent -ErrorAction SilentlyContinue)) {
    function global:Get-WinEvent {
      [CmdletBinding()]
      param([hashtable]$FilterHashtable, [int]$MaxEvents)
      throw 'Get-WinEvent stub called without a Mock'
    }
  }

  function New-WinEvent {
    # An EventLogRecord as Get-WinEvent returns it: Id, TimeCreated (local), Level, Properties[].Value.
    param([int]$Id, [datetime]$Time, [int]$Level = 4, [object[]]$Values)
    [pscustomobject]@{
      Id = $Id
      TimeCreated = $Time.ToLocalTime()
      Level = $Level
      Message = 'localized text the engine never reads'
      Properties = @(foreach ($value in $Values) { [pscustomobject]@{ Value = $value } })
    }
  }

  function New-GetWinEventError {
    param([string]$Id)
    [System.Management.Automation.ErrorRecord]::new([Exception]::new('text in the device language'), $Id, 'NotSpecified', $null)
  }
}

Describe 'net.route' {
  BeforeEach {
    $global:HvvRoute = @(
      [pscustomobject]@{ IPAddress = '10.99.0.14'; InterfaceIndex = 31; InterfaceAlias = 'Contoso VPN'; AddressFamily = 2; PrefixOrigin = 'Manual' }
      [pscustomobject]@{ DestinationPrefix = '10.20.0.0/16'; NextHop = '0.0.0.0'; RouteMetric = 1; InterfaceIndex = 31; InterfaceAlias = 'Contoso VPN' }
    )
    Mock Find-NetRoute { $global:HvvRoute }
  }

  It 'prints the route through a built-in VPN with its PPP ifType' {
    Mock Get-NetAdapter -ParameterFilter { $InterfaceIndex -eq 31 } {
      [pscustomobject]@{ Name = 'Contoso VPN'; InterfaceDescription = 'Contoso VPN'; ifIndex = 31; InterfaceType = [uint32]23; Status = 'Up' }
    }
    $result = Invoke-Probe -Name 'net.route' -ProbeArgs @{ address = '10.20.0.10' }
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"Address":"10.20.0.10","Found":true,"InterfaceIndex":31,"InterfaceAlias":"Contoso VPN","InterfaceType":23,"InterfaceDescription":"Contoso VPN","NextHop":"0.0.0.0","DestinationPrefix":"10.20.0.0/16","SourceAddress":"10.99.0.14"}'
    Should -Invoke Find-NetRoute -Times 1 -ParameterFilter { $RemoteIPAddress -eq '10.20.0.10' }
  }

  It 'prints a LAN route with the adapter''s ifType and driver description, escaped to ASCII' {
    $global:HvvRoute = @(
      [pscustomobject]@{ IPAddress = '192.168.1.50'; InterfaceIndex = 12; InterfaceAlias = 'Ethernet'; AddressFamily = 2 }
      [pscustomobject]@{ DestinationPrefix = '0.0.0.0/0'; NextHop = '192.168.1.1'; RouteMetric = 0; InterfaceIndex = 12; InterfaceAlias = 'Ethernet' }
    )
    Mock Get-NetAdapter { [pscustomobject]@{ Name = 'Ethernet'; InterfaceDescription = 'Intel(R) Ethernet ' + [char]0x00C9; ifIndex = 12; InterfaceType = [uint32]6 } }
    $json = (Invoke-Probe -Name 'net.route' -ProbeArgs @{ address = '10.20.0.10' }).Stdout
    $json | Should -Match '^[\x20-\x7e]*$'
    $route = $json | ConvertFrom-Json
    $route.InterfaceType | Should -Be 6
    $route.NextHop | Should -Be '192.168.1.1'
    $route.InterfaceDescription | Should -Be ('Intel(R) Ethernet ' + [char]0x00C9)
  }

  It 'answers Found false, exit 0, when Windows has no route' {
    Mock Find-NetRoute { throw 'No matching MSFT_NetRoute objects' }
    $result = Invoke-Probe -Name 'net.route' -ProbeArgs @{ address = '10.20.0.10' }
    $result.ExitCode | Should -Be 0
    ($result.Stdout | ConvertFrom-Json).Found | Should -BeFalse
  }

  It 'refuses <Address> with exit 87 before asking Windows' -ForEach @(
    @{ Address = 'dc01.corp.contoso.com' }
    @{ Address = '10.0.0.1; Remove-Item C:\' }
    @{ Address = '' }
  ) {
    $result = Invoke-Probe -Name 'net.route' -ProbeArgs @{ address = $Address }
    $result.ExitCode | Should -Be 87
    Should -Invoke Find-NetRoute -Times 0
  }
}

Describe 'dc.ports on real sockets' {
  BeforeAll {
    # 389 and 88 need root on Linux: the script shifts both by the test offset.
    $script:offset = 40000 + (Get-Random -Minimum 0 -Maximum 20000)
    $env:HVV_TEST_DC_PORT_OFFSET = [string]$script:offset
  }
  AfterAll {
    Remove-Item Env:\HVV_TEST_DC_PORT_OFFSET -ErrorAction SilentlyContinue
  }

  It 'says LDAP connected and Kerberos refused when only LDAP listens' {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, $script:offset + 389)
    $listener.Start()
    try {
      $result = Invoke-Probe -Name 'dc.ports' -ProbeArgs @{ address = '127.0.0.1'; timeoutMs = 2000 }
    } finally {
      $listener.Stop()
    }
    $result.ExitCode | Should -Be 0
    $ports = ($result.Stdout | ConvertFrom-Json).Ports
    @($ports | ForEach-Object { '{0}={1}' -f $_.Port, $_.State }) | Should -Be @('389=connected', '88=refused')
    # The refusal is told by its number (ECONNREFUSED on Linux, WSAECONNREFUSED 10061 on Windows).
    $ports[1].SocketError | Should -BeIn @(111, 10061)
  }

  It 'refuses a host name: the DC address comes from nltest' {
    (Invoke-Probe -Name 'dc.ports' -ProbeArgs @{ address = 'dc01' }).ExitCode | Should -Be 87
  }
}

Describe 'events.vpn' {
  It 'prints the RasClient events of the window, oldest first, with their insertion strings' {
    $global:HvvSince = $null
    Mock Get-WinEvent {
      $global:HvvSince = $FilterHashtable.StartTime
      New-WinEvent -Id 20227 -Level 2 -Time ([datetime]::new(2026, 11, 24, 8, 3, 0, [DateTimeKind]::Utc)) -Values @('{B4000371-A67F-452F-AA4C-3125AA9CFC78}', 'SYSTEM', 'Contoso VPN', [uint32]809)
      New-WinEvent -Id 20225 -Time ([datetime]::new(2026, 11, 24, 8, 1, 0, [DateTimeKind]::Utc)) -Values @('{35343A88-3FFB-4133-96E3-04A8EA4D212E}', 'SYSTEM', 'Contoso VPN', 'TunnelIpAddress = 10.99.0.14')
    }
    $result = Invoke-Probe -Name 'events.vpn' -ProbeArgs @{ since = '2026-11-24T07:00:00Z' }
    $result.ExitCode | Should -Be 0
    $out = $result.Stdout | ConvertFrom-Json
    # Compared as text: ConvertFrom-Json in PowerShell 7 would turn the ISO strings into dates.
    $result.Stdout | Should -Match '^\{"Since":"2026-11-24T07:00:00\.0000000Z","Events":\[\{"Log":"Application","Id":20225,"Time":"2026-11-24T08:01:00\.0000000Z"'
    @($out.Events | ForEach-Object { $_.Id }) | Should -Be @(20225, 20227)
    $out.Events[1].Data | Should -Be @('{B4000371-A67F-452F-AA4C-3125AA9CFC78}', 'SYSTEM', 'Contoso VPN', '809')
    $result.Stdout | Should -Match '"Id":20227,"Time":"2026-11-24T08:03:00\.0000000Z","Level":2'
    $global:HvvSince.ToUniversalTime() | Should -Be ([datetime]::new(2026, 11, 24, 7, 0, 0, [DateTimeKind]::Utc))
    Should -Invoke Get-WinEvent -Times 1 -ParameterFilter { $FilterHashtable.ProviderName -eq 'RasClient' -and $FilterHashtable.LogName -eq 'Application' }
  }

  It 'starts at the last boot without since, and prints an empty list when no event matches' {
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_OperatingSystem' } {
      [pscustomobject]@{ LastBootUpTime = [datetime]::new(2026, 11, 24, 6, 55, 0, [DateTimeKind]::Utc).ToLocalTime() }
    }
    Mock Get-WinEvent { throw (New-GetWinEventError 'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand') }
    $result = Invoke-Probe -Name 'events.vpn'
    $result.Stderr | Should -BeNullOrEmpty
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"Since":"2026-11-24T06:55:00.0000000Z","Events":[],"Unreadable":[]}'
  }

  It 'refuses a since that is not ISO-8601 (<Since>)' -ForEach @(
    @{ Since = '24.11.2026 08:00' }
    @{ Since = "2026-11-24T08:00:00Z'; Remove-Item" }
  ) {
    Mock Get-WinEvent { throw 'not expected' }
    (Invoke-Probe -Name 'events.vpn' -ProbeArgs @{ since = $Since }).ExitCode | Should -Be 87
    Should -Invoke Get-WinEvent -Times 0
  }
}

Describe 'events.join' {
  It 'reads registration, Autopilot and interactive sign-ins, keeping only user logons of type 2, 10 and 11' {
    Mock Get-WinEvent -ParameterFilter { $FilterHashtable.LogName -eq 'Microsoft-Windows-User Device Registration/Admin' } {
      New-WinEvent -Id 304 -Level 2 -Time ([datetime]::new(2026, 11, 24, 7, 58, 2, [DateTimeKind]::Utc)) -Values @([int]-2145648611, '', 'Managed', 'sync', 'undefined')
    }
    Mock Get-WinEvent -ParameterFilter { $FilterHashtable.LogName -like '*Autopilot' } {
      throw (New-GetWinEventError 'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand')
    }
    Mock Get-WinEvent -ParameterFilter { $FilterHashtable.LogName -eq 'Security' } {
      $user = @('S-1-5-18', 'PC01$', 'CORP', [uint64]999)
      New-WinEvent -Id 4624 -Time ([datetime]::new(2026, 11, 24, 8, 2, 0, [DateTimeKind]::Utc)) -Values ($user + @('S-1-5-21-1-2-3-1104', 'new.user', 'CORP', [uint64]1, [uint32]2, 'User32 '))
      New-WinEvent -Id 4624 -Time ([datetime]::new(2026, 11, 24, 8, 2, 1, [DateTimeKind]::Utc)) -Values ($user + @('S-1-5-90-0-1', 'DWM-1', 'Window Manager', [uint64]2, [uint32]2, 'Advapi '))
      New-WinEvent -Id 4624 -Time ([datetime]::new(2026, 11, 24, 8, 2, 2, [DateTimeKind]::Utc)) -Values ($user + @('S-1-5-21-1-2-3-1104', 'new.user', 'CORP', [uint64]3, [uint32]3, 'Kerberos'))
    }
    $result = Invoke-Probe -Name 'events.join' -ProbeArgs @{ since = '2026-11-24T07:00:00Z' }
    $result.ExitCode | Should -Be 0
    $out = $result.Stdout | ConvertFrom-Json
    @($out.Events | ForEach-Object { '{0} {1}' -f $_.Log, $_.Id }) | Should -Be @('Microsoft-Windows-User Device Registration/Admin 304', 'Security 4624')
    $out.Events[0].Data[0] | Should -Be '-2145648611'
    $out.Events[1].Data[8] | Should -Be '2'
    $out.Events[1].Data[5] | Should -Be 'new.user'
  }

  It 'names a log it may not read and still prints the others' {
    Mock Get-WinEvent -ParameterFilter { $FilterHashtable.LogName -eq 'Security' } {
      throw (New-GetWinEventError 'System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.GetWinEventCommand')
    }
    Mock Get-WinEvent -ParameterFilter { $FilterHashtable.LogName -ne 'Security' } {
      New-WinEvent -Id 306 -Time ([datetime]::new(2026, 11, 24, 8, 5, 0, [DateTimeKind]::Utc)) -Values @()
    }
    $result = Invoke-Probe -Name 'events.join' -ProbeArgs @{ since = '2026-11-24T07:00:00Z' }
    $result.ExitCode | Should -Be 0
    $out = $result.Stdout | ConvertFrom-Json
    @($out.Unreadable | ForEach-Object { $_.Log }) | Should -Be @('Security')
    $out.Unreadable[0].ErrorId | Should -BeLike 'System.UnauthorizedAccessException*'
    @($out.Events).Count | Should -Be 2
    $out.Events[0].Data.Count | Should -Be 0
  }
}
