# Issue 16a's probe scripts on real PowerShell: vpn.kind with the registry (RasMan, Uninstall keys,
# PanSetup, FortiClient), Get-Service and the MDM WMI bridge mocked by objects shaped like the real
# ones, and the AnyConnect profile XML / Pulse connstore.dat as real files under a stand-in
# %ProgramData%; vpn.status with Get-VpnConnection and Get-NetAdapter mocked.
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
  Initialize-WindowsStubs
  # Linux pwsh has neither Get-Service nor CimCmdlets: stubs with the parameters the scripts use.
  if (-not (Get-Command -Name Get-Service -ErrorAction SilentlyContinue)) {
    function global:Get-Service {
      [CmdletBinding()]
      param([string[]]$Name)
      throw 'Get-Service stub called without a Mock'
    }
  }
  if ((Get-Command -Name Get-CimInstance).Parameters.Keys -notcontains 'Namespace') {
    function global:Get-CimInstance {
      [CmdletBinding()]
      param([string]$Namespace, [string]$ClassName, [string]$Filter)
      throw 'Get-CimInstance stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-NetAdapter -ErrorAction SilentlyContinue)) {
    function global:Get-NetAdapter {
      [CmdletBinding()]
      param([int]$InterfaceIndex, [switch]$IncludeHidden)
      throw 'Get-NetAdapter stub called without a Mock'
    }
  }

  function New-AccessDenied {
    param([string]$Id)
    [System.Management.Automation.ErrorRecord]::new([Exception]::new('Access denied (localized)'), $Id, 'PermissionDenied', $null)
  }
}

Describe 'vpn.kind' {
  BeforeEach {
    $script:savedProgramData = $env:ProgramData
    $env:ProgramData = Join-Path ([IO.Path]::GetTempPath()) ('hvv-programdata-' + [guid]::NewGuid().ToString('n'))
    New-Item -ItemType Directory -Path $env:ProgramData | Out-Null
    # The registry as a table: key -> values. Keys absent here do not exist. (-LiteralPath is a string[].)
    $global:HvvRegistry = @{}
    Mock Test-Path -ParameterFilter { $LiteralPath -like 'HKLM:*' } { $global:HvvRegistry.ContainsKey([string]$LiteralPath) }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } { [pscustomobject]$global:HvvRegistry[[string]$LiteralPath] }
    Mock Get-ItemProperty -ParameterFilter { $Path -like 'HKLM:*\Uninstall\*' } {
      $root = ([string]$Path).Substring(0, ([string]$Path).Length - 2)
      foreach ($entry in @($global:HvvRegistry[$root + '\*'])) {
        if ($null -ne $entry) { [pscustomobject]$entry }
      }
    }
    Mock Get-Service { @() }
    Mock Get-CimInstance { throw (New-AccessDenied -Id 'HRESULT 0x80041003,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand') }
    $x64 = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'
    $x86 = 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
    $global:HvvRegistry[$x64] = @{}
    $global:HvvRegistry[$x86] = @{}
  }
  AfterEach {
    Remove-Item -LiteralPath $env:ProgramData -Recurse -Force -ErrorAction SilentlyContinue
    $env:ProgramData = $script:savedProgramData
  }

  It 'prints an empty device, saying the WMI bridge needs SYSTEM, and exits 0' {
    $result = Invoke-Probe -Name 'vpn.kind'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"AutoTrigger":{"UserTunnel":null,"DeviceTunnel":null},"MdmProfiles":[],"Programs":[],"Services":[],"Settings":[],"Unreadable":[{"Source":"MDM_VPNv2_01","ErrorId":"HRESULT 0x80041003,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand"}]}'
  }

  It 'reads the Always On entries from RasMan and the MDM bridge (names unescaped)' {
    $global:HvvRegistry['HKLM:\SYSTEM\CurrentControlSet\Services\RasMan\DeviceTunnel'] = @{ AutoTriggerProfileEntryName = 'Contoso Device Tunnel' }
    $global:HvvRegistry['HKLM:\SYSTEM\CurrentControlSet\Services\RasMan\Config'] = @{ AutoTriggerProfileEntryName = 'Contoso User Tunnel'; AutoTriggerProfilePhonebookPath = 'C:\ProgramData\Microsoft\Network\Connections\Pbk\rasphone.pbk' }
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'MDM_VPNv2_01' } {
      [pscustomobject]@{ InstanceID = 'Contoso%20Device%20Tunnel'; ParentID = './Vendor/MSFT/VPNv2'; AlwaysOn = $true; DeviceTunnel = $true }
    }
    $read = (Invoke-Probe -Name 'vpn.kind').Stdout | ConvertFrom-Json
    $read.AutoTrigger.DeviceTunnel | Should -Be 'Contoso Device Tunnel'
    $read.AutoTrigger.UserTunnel | Should -Be 'Contoso User Tunnel'
    $read.MdmProfiles[0].Name | Should -Be 'Contoso Device Tunnel'
    $read.MdmProfiles[0].DeviceTunnel | Should -BeTrue
    @($read.Unreadable).Count | Should -Be 0
    Should -Invoke Get-CimInstance -Times 1 -ParameterFilter { $Namespace -eq 'root\cimv2\mdm\dmmap' }
  }

  It 'lists only the known VPN clients from both Uninstall views, once each, with their services' {
    $global:HvvRegistry['HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'] = @(
      @{ DisplayName = 'GlobalProtect'; DisplayVersion = '6.2.4'; Publisher = 'Palo Alto Networks' },
      @{ DisplayName = 'Microsoft Edge'; DisplayVersion = '131.0' },
      @{ SystemComponent = 1 }
    )
    $global:HvvRegistry['HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'] = @(
      @{ DisplayName = 'GlobalProtect'; DisplayVersion = '6.2.4'; Publisher = 'Palo Alto Networks' },
      @{ DisplayName = 'Cisco Secure Client - Start Before Login'; DisplayVersion = '5.1.2.42'; Publisher = 'Cisco Systems, Inc.' }
    )
    Mock Get-Service { [pscustomobject]@{ Name = 'PanGPS'; Status = 'Running'; StartType = 'Automatic' } }
    $read = (Invoke-Probe -Name 'vpn.kind').Stdout | ConvertFrom-Json
    @($read.Programs | ForEach-Object DisplayName) | Should -Be @('GlobalProtect', 'Cisco Secure Client - Start Before Login')
    $read.Services[0].Name | Should -Be 'PanGPS'
    Should -Invoke Get-Service -Times 1 -ParameterFilter { $Name -contains 'PanGPS' -and $Name -contains 'csc_vpnagent' -and $Name -contains 'PulseSecureService' }
  }

  It 'reads GlobalProtect Prelogon and FortiClient show_vpn_before_logon from the registry' {
    $global:HvvRegistry['HKLM:\SOFTWARE\Palo Alto Networks\GlobalProtect\PanSetup'] = @{ Portal = 'gp.contoso.com'; Prelogon = '1' }
    $global:HvvRegistry['HKLM:\SOFTWARE\Fortinet\FortiClient\Sslvpn'] = @{ show_vpn_before_logon = 0 }
    $settings = ((Invoke-Probe -Name 'vpn.kind').Stdout | ConvertFrom-Json).Settings
    @($settings | ForEach-Object { $_.Client + ':' + $_.Name + '=' + $_.Value }) | Should -Be @('globalprotect:Prelogon=1', 'forticlient:show_vpn_before_logon=0')
  }

  It 'reads <UseStartBeforeLogon> from each AnyConnect profile XML and machine connections from connstore.dat, as text only' {
    $profiles = Join-Path $env:ProgramData 'Cisco/Cisco Secure Client/VPN/Profile'
    New-Item -ItemType Directory -Path $profiles -Force | Out-Null
    # An entity that an XML parser would expand: the script must not resolve anything.
    Set-Content -LiteralPath (Join-Path $profiles 'contoso.xml') -Value '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><AnyConnectProfile><ClientInitialization><UseStartBeforeLogon UserControllable="false">true</UseStartBeforeLogon></ClientInitialization><X>&e;</X></AnyConnectProfile>'
    Set-Content -LiteralPath (Join-Path $profiles 'other.xml') -Value '<AnyConnectProfile><ClientInitialization><UseStartBeforeLogon>false</UseStartBeforeLogon></ClientInitialization></AnyConnectProfile>'
    $store = Join-Path $env:ProgramData 'Pulse Secure/ConnectionStore'
    New-Item -ItemType Directory -Path $store -Force | Out-Null
    Set-Content -LiteralPath (Join-Path $store 'connstore.dat') -Value "ive `"a1`" {`n  connection-identity: `"machine`"`n  friendly-name: `"Contoso`"`n}`n"
    $settings = ((Invoke-Probe -Name 'vpn.kind').Stdout | ConvertFrom-Json).Settings
    $anyconnect = @($settings | Where-Object Client -EQ 'anyconnect' | Sort-Object Value)
    @($anyconnect | ForEach-Object Value) | Should -Be @('false', 'true')
    (@($settings | Where-Object Client -EQ 'pulse'))[0].Value | Should -Be 'machine'
  }

  It 'lists a registry key it may not read in Unreadable and goes on' {
    $global:HvvRegistry['HKLM:\SOFTWARE\Palo Alto Networks\GlobalProtect\PanSetup'] = @{}
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*PanSetup' } { throw (New-AccessDenied -Id 'System.Security.SecurityException,Microsoft.PowerShell.Commands.GetItemPropertyCommand') }
    $result = Invoke-Probe -Name 'vpn.kind'
    $result.ExitCode | Should -Be 0
    $read = $result.Stdout | ConvertFrom-Json
    @($read.Unreadable | ForEach-Object Source) | Should -Contain 'HKLM:\SOFTWARE\Palo Alto Networks\GlobalProtect\PanSetup'
  }
}

Describe 'vpn.status' {
  BeforeEach {
    Mock Get-NetAdapter {
      [pscustomobject]@{ Name = 'Ethernet'; InterfaceDescription = 'Intel(R) Ethernet Connection (7) I219-LM'; Status = 'Up'; InterfaceType = [uint32]6 }
      [pscustomobject]@{ Name = 'Ethernet 3'; InterfaceDescription = 'PANGP Virtual Ethernet Adapter Secure'; Status = 'Up'; InterfaceType = [uint32]6 }
      [pscustomobject]@{ Name = 'Wi-Fi'; InterfaceDescription = 'Intel(R) Wi-Fi 6 AX201'; Status = 'Disconnected'; InterfaceType = [uint32]71 }
    }
    Mock Get-VpnConnection { @() }
    Mock Start-Sleep { }
  }

  It 'lists the adapters that are up, without waiting when no name is given' {
    $result = Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ waitSeconds = 0 }
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"WaitedSeconds":0,"Connections":[],"Adapters":[{"Name":"Ethernet","InterfaceDescription":"Intel(R) Ethernet Connection (7) I219-LM","Status":"Up","InterfaceType":6},{"Name":"Ethernet 3","InterfaceDescription":"PANGP Virtual Ethernet Adapter Secure","Status":"Up","InterfaceType":6}]}'
    Should -Invoke Start-Sleep -Times 0
  }

  It 'returns at once when the Always On connection is already connected' {
    Mock Get-VpnConnection -ParameterFilter { $AllUserConnection } { [pscustomobject]@{ Name = 'Contoso Device Tunnel'; ConnectionStatus = 'Connected' } }
    $read = (Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ name = 'Contoso Device Tunnel'; waitSeconds = 60 }).Stdout | ConvertFrom-Json
    $read.Connections[0].ConnectionStatus | Should -Be 'Connected'
    Should -Invoke Start-Sleep -Times 0
  }

  It 'polls every 2 seconds until the connection comes up' {
    $global:HvvPolls = 0
    Mock Get-VpnConnection -ParameterFilter { $AllUserConnection } {
      $global:HvvPolls++
      [pscustomobject]@{ Name = 'Contoso Device Tunnel'; ConnectionStatus = $(if ($global:HvvPolls -ge 3) { 'Connected' } else { 'Disconnected' }) }
    }
    $read = (Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ name = 'Contoso Device Tunnel'; waitSeconds = 60 }).Stdout | ConvertFrom-Json
    $read.Connections[0].ConnectionStatus | Should -Be 'Connected'
    Should -Invoke Start-Sleep -Times 2 -ParameterFilter { $Seconds -eq 2 }
  }

  It 'stops at the deadline and says it is still disconnected' {
    Mock Get-VpnConnection -ParameterFilter { $AllUserConnection } { [pscustomobject]@{ Name = 'Contoso Device Tunnel'; ConnectionStatus = 'Disconnected' } }
    $result = Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ name = 'Contoso Device Tunnel'; waitSeconds = 1 }
    $result.ExitCode | Should -Be 0
    ($result.Stdout | ConvertFrom-Json).Connections[0].ConnectionStatus | Should -Be 'Disconnected'
  }

  It 'refuses a wait outside 0..60 with exit 87' {
    $result = Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ waitSeconds = 3600 }
    $result.ExitCode | Should -Be 87
    $result.Stderr | Should -Match 'between 0 and 60'
  }

  It 'takes a hostile connection name as data' {
    $hostile = 'VPN $(Remove-Item C:\ -Recurse) `"''; exit 9'
    Mock Get-VpnConnection -ParameterFilter { $AllUserConnection } { [pscustomobject]@{ Name = $hostile; ConnectionStatus = 'Connected' } }
    $result = Invoke-Probe -Name 'vpn.status' -ProbeArgs @{ name = $hostile; waitSeconds = 5 }
    $result.ExitCode | Should -Be 0
    ($result.Stdout | ConvertFrom-Json).Connections[0].Name | Should -BeExactly $hostile
  }
}
