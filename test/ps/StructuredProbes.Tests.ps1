# The probes that print one JSON document: Windows-only commands are stubbed when missing, then
# mocked with objects shaped like the real ones; each script's stdout is checked for its exact
# contract shape (0, 1 and many items; arrays stay arrays), its exit code, and pure ASCII.
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
  Initialize-WindowsStubs

  function Assert-AsciiJson {
    param([string]$Text)
    $Text | Should -Match '^[\x20-\x7e]*$'
    { $Text | ConvertFrom-Json } | Should -Not -Throw
  }

  # An array whatever the PowerShell: 5.1's ConvertFrom-Json writes a JSON array as one object and
  # has no -NoEnumerate; 7 enumerates it.
  function Read-JsonArray {
    param([string]$Text)
    $value = ConvertFrom-Json -InputObject $Text
    return ,@(foreach ($item in $value) { $item })
  }

  function New-RegistryKey {
    param([string]$Parent, [string]$Name)
    [pscustomobject]@{ PSChildName = $Name; PSPath = ('Microsoft.PowerShell.Core\Registry::' + $Parent + '\' + $Name) }
  }
}

Describe 'os.version' {
  It 'prints the values with UBR as a number and absent values as null' {
    Mock Get-ItemProperty -ParameterFilter { $Path -eq 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' } {
      [pscustomobject]@{ ProductName = 'Windows 10 Enterprise'; EditionID = 'Enterprise'; ReleaseId = '1909'; CurrentBuild = '18363'; UBR = 1256; PSPath = 'x' }
    }
    $result = Invoke-Probe -Name 'os.version'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"ProductName":"Windows 10 Enterprise","EditionID":"Enterprise","ReleaseId":"1909","DisplayVersion":null,"CurrentBuild":"18363","UBR":1256}'
  }

  It 'escapes a localized product name as \uXXXX' {
    Mock Get-ItemProperty -ParameterFilter { $Path -eq 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' } {
      [pscustomobject]@{ ProductName = 'Windows 10 Entreprise ' + [char]0x00E9; CurrentBuild = '19045'; UBR = 3803 }
    }
    $result = Invoke-Probe -Name 'os.version'
    Assert-AsciiJson $result.Stdout
    $result.Stdout | Should -BeLike '*Entreprise \u00e9*'
  }
}

Describe 'os.hotfixes' {
  It 'prints <Count> hotfixes as a JSON array' -ForEach @(
    @{ Count = 0; Expected = '[]' }
    @{ Count = 1; Expected = '[{"HotFixID":"KB5034441","Description":"Security Update","InstalledOn":"2026-11-12T00:00:00.0000000"}]' }
    @{ Count = 2; Expected = '[{"HotFixID":"KB5034441","Description":"Security Update","InstalledOn":"2026-11-12T00:00:00.0000000"},{"HotFixID":"KB4530684","Description":"Update","InstalledOn":null}]' }
  ) {
    $fixes = @(
      [pscustomobject]@{ HotFixID = 'KB5034441'; Description = 'Security Update'; InstalledOn = [datetime]::new(2026, 11, 12) }
      [pscustomobject]@{ HotFixID = 'KB4530684'; Description = 'Update'; InstalledOn = $null }
    )
    $global:Hvvfixes = $fixes[0..($Count - 1)]
    if ($Count -eq 0) { $global:Hvvfixes = @() }
    Mock Get-HotFix { $global:Hvvfixes }
    $result = Invoke-Probe -Name 'os.hotfixes'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly $Expected
  }
}

Describe 'mdm.enrollments' {
  BeforeEach {
    $global:Hvvroot = 'HKLM:\SOFTWARE\Microsoft\Enrollments'
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:Hvvroot } { $true }
  }

  It 'prints <Count> enrollments as a JSON array, skipping keys without ProviderID' -ForEach @(
    @{ Count = 0 }
    @{ Count = 1 }
    @{ Count = 2 }
  ) {
    $keys = @(
      New-RegistryKey $global:Hvvroot '3A1F5C2E-9B4D-4E7A-8C61-0D2F3B4A5E6F'
      New-RegistryKey $global:Hvvroot 'Context'
      New-RegistryKey $global:Hvvroot '7B2E'
    )
    $global:Hvvkeys = @($keys[0..$Count] | Where-Object { $Count -gt 0 -or $_.PSChildName -eq 'Context' })
    Mock Get-ChildItem -ParameterFilter { $LiteralPath -eq $global:Hvvroot } { $global:Hvvkeys }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*3A1F5C2E*' } {
      [pscustomobject]@{ ProviderID = 'MS DM Server'; UPN = 'ana.lopez@contoso.com'; EnrollmentState = 1; EnrollmentType = 6 }
    }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*Context' } { [pscustomobject]@{ Other = 1 } }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*7B2E' } {
      [pscustomobject]@{ ProviderID = 'Contoso MDM'; UPN = $null; EnrollmentState = 1; EnrollmentType = 0 }
    }
    $result = Invoke-Probe -Name 'mdm.enrollments'
    $result.ExitCode | Should -Be 0
    $parsed = Read-JsonArray $result.Stdout
    $result.Stdout | Should -Match '^\['
    $parsed.Count | Should -Be $Count
    if ($Count -ge 1) {
      $result.Stdout.StartsWith('[{"EnrollmentId":"3A1F5C2E-9B4D-4E7A-8C61-0D2F3B4A5E6F","ProviderID":"MS DM Server","UPN":"ana.lopez@contoso.com","EnrollmentState":1,"EnrollmentType":6}') | Should -BeTrue
    }
  }

  It 'reports the other enrollments when one subkey cannot be read' {
    $global:Hvvkeys = @(
      New-RegistryKey $global:Hvvroot 'LOCKED'
      New-RegistryKey $global:Hvvroot '3A1F5C2E-9B4D-4E7A-8C61-0D2F3B4A5E6F'
    )
    Mock Get-ChildItem -ParameterFilter { $LiteralPath -eq $global:Hvvroot } { $global:Hvvkeys }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*LOCKED' } {
      throw [System.Security.SecurityException]::new('Requested registry access is not allowed.')
    }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*3A1F5C2E*' } {
      [pscustomobject]@{ ProviderID = 'MS DM Server'; UPN = 'ana.lopez@contoso.com'; EnrollmentState = 1; EnrollmentType = 6 }
    }
    $result = Invoke-Probe -Name 'mdm.enrollments'
    $result.ExitCode | Should -Be 0
    (Read-JsonArray $result.Stdout).Count | Should -Be 1
    $result.Stderr | Should -Match 'LOCKED'
  }

  It 'reports the readable keys when listing the subkeys hits an unreadable one' {
    $global:Hvvkeys = @(New-RegistryKey $global:Hvvroot '3A1F5C2E-9B4D-4E7A-8C61-0D2F3B4A5E6F')
    Mock Get-ChildItem -ParameterFilter { $LiteralPath -eq $global:Hvvroot } {
      $global:Hvvkeys
      Write-Error -Message 'Requested registry access is not allowed.' -Category PermissionDenied
    }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like '*3A1F5C2E*' } {
      [pscustomobject]@{ ProviderID = 'MS DM Server'; UPN = 'ana.lopez@contoso.com'; EnrollmentState = 1; EnrollmentType = 6 }
    }
    $result = Invoke-Probe -Name 'mdm.enrollments'
    $result.ExitCode | Should -Be 0
    (Read-JsonArray $result.Stdout).Count | Should -Be 1
  }
}

Describe 'autopilot.profile' {
  BeforeEach {
    $script:standIn = New-StandInSystem32
    $global:HvvregistryPath = 'HKLM:\SOFTWARE\Microsoft\Provisioning\Diagnostics\Autopilot'
    $script:wmansvc = Join-Path $script:standIn.Windows 'ServiceState/wmansvc'
    $script:older = Join-Path $script:standIn.Windows 'ServiceState/Autopilot'
  }
  AfterEach {
    Remove-StandInSystem32 -StandIn $script:standIn
  }

  It 'prints null for both parts when neither exists' {
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } { $false }
    $result = Invoke-Probe -Name 'autopilot.profile'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"registry":null,"ztdFile":null,"ztdFilePath":null}'
  }

  It 'reads the registry values and the cached profile, naming the file it read' {
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } { $true }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } {
      [pscustomobject]@{ CloudAssignedDomainJoinMethod = 1; DeploymentProfileName = 'Hybrid VPN ' + [char]0x2013 + ' users'; PSPath = 'x'; PSChildName = 'Autopilot' }
    }
    New-Item -ItemType Directory -Path $script:wmansvc -Force | Out-Null
    Set-Content -LiteralPath (Join-Path $script:wmansvc 'AutopilotDDSZTDFile.json') -Value '{"CloudAssignedDomainJoinMethod":1,"HybridJoinSkipDCConnectivityCheck":1}' -Encoding utf8
    $result = Invoke-Probe -Name 'autopilot.profile'
    $result.ExitCode | Should -Be 0
    Assert-AsciiJson $result.Stdout
    $parsed = $result.Stdout | ConvertFrom-Json
    $parsed.registry.CloudAssignedDomainJoinMethod | Should -Be 1
    $parsed.registry.PSObject.Properties.Name | Should -Not -Contain 'PSPath'
    $parsed.ztdFile.HybridJoinSkipDCConnectivityCheck | Should -Be 1
    $parsed.ztdFilePath | Should -BeLike '*ServiceState?wmansvc?AutopilotDDSZTDFile.json'
  }

  It 'falls back to the older ServiceState\Autopilot location and says so' {
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } { $false }
    New-Item -ItemType Directory -Path $script:older -Force | Out-Null
    Set-Content -LiteralPath (Join-Path $script:older 'AutopilotDDSZTDFile.json') -Value '{"CloudAssignedDomainJoinMethod":0}' -Encoding utf8
    $result = Invoke-Probe -Name 'autopilot.profile'
    $result.ExitCode | Should -Be 0
    $parsed = $result.Stdout | ConvertFrom-Json
    $parsed.ztdFile.CloudAssignedDomainJoinMethod | Should -Be 0
    $parsed.ztdFilePath | Should -BeLike '*ServiceState?Autopilot?AutopilotDDSZTDFile.json'
  }

  It 'does not report a profile it was denied access to as absent: exit 5, "run elevated"' {
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } { $false }
    Mock Get-Content -ParameterFilter { $LiteralPath -like '*AutopilotDDSZTDFile.json' } {
      throw [System.UnauthorizedAccessException]::new("Access to the path is denied.")
    }
    New-Item -ItemType Directory -Path $script:wmansvc -Force | Out-Null
    Set-Content -LiteralPath (Join-Path $script:wmansvc 'AutopilotDDSZTDFile.json') -Value '{}' -Encoding utf8
    $result = Invoke-Probe -Name 'autopilot.profile'
    $result.ExitCode | Should -Be 5
    $result.Stderr | Should -Match 'run .*elevated'
  }

  It 'does not report registry values it was denied access to as absent' {
    Mock Test-Path -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } { $true }
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -eq $global:HvvregistryPath } {
      throw [System.Security.SecurityException]::new('Requested registry access is not allowed.')
    }
    $result = Invoke-Probe -Name 'autopilot.profile'
    $result.ExitCode | Should -Be 5
    $result.Stderr | Should -Match 'run .*elevated'
  }
}

Describe 'vpn.connections' {
  BeforeAll {
    function New-Vpn {
      param([string]$Name = 'Contoso VPN', $Methods = @('MachineCertificate'), $Eap = $null, $Plugin = $null)
      [pscustomobject]@{
        Name = $Name; ServerAddress = 'vpn.contoso.com'; AllUserConnection = $true; TunnelType = 'Ikev2'
        AuthenticationMethod = $Methods; EncryptionLevel = 'Required'; L2tpIPsecAuth = $null; SplitTunneling = $true
        ConnectionStatus = 'Disconnected'; RememberCredential = $false; UseWinlogonCredential = $false
        DnsSuffix = 'corp.contoso.com'; IdleDisconnectSeconds = 0; Guid = '{9C4B7A11-2F3E-4D5C-8B6A-1E0F2D3C4B5A}'
        ProfileType = 'DeviceTunnel'; PluginApplicationID = $Plugin; EapConfigXmlStream = $Eap
      }
    }
  }

  It 'prints <Count> connections as a JSON array with enum names' -ForEach @(
    @{ Count = 0 }
    @{ Count = 1 }
    @{ Count = 3 }
  ) {
    $global:Hvvvpns = @(1..3 | ForEach-Object { New-Vpn -Name ('VPN ' + $_) })[0..($Count - 1)]
    if ($Count -eq 0) { $global:Hvvvpns = @() }
    Mock Get-VpnConnection { $global:Hvvvpns }
    $result = Invoke-Probe -Name 'vpn.connections'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -Match '^\['
    (Read-JsonArray $result.Stdout).Count | Should -Be $Count
    if ($Count -eq 1) {
      $result.Stdout | Should -BeExactly '[{"Name":"VPN 1","ServerAddress":"vpn.contoso.com","AllUserConnection":true,"TunnelType":"Ikev2","AuthenticationMethod":["MachineCertificate"],"EncryptionLevel":"Required","L2tpIPsecAuth":null,"SplitTunneling":true,"ConnectionStatus":"Disconnected","RememberCredential":false,"UseWinlogonCredential":false,"DnsSuffix":"corp.contoso.com","IdleDisconnectSeconds":0,"Guid":"{9C4B7A11-2F3E-4D5C-8B6A-1E0F2D3C4B5A}","ProfileType":"DeviceTunnel","PluginApplicationID":null,"EapConfigXml":null}]'
    }
  }

  It 'reports a profile with no authentication method as an empty list instead of failing' {
    $global:Hvvvpns = @(New-Vpn -Methods $null)
    Mock Get-VpnConnection { $global:Hvvvpns }
    $result = Invoke-Probe -Name 'vpn.connections'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeLike '*"AuthenticationMethod":`[`]*'
  }

  It 'reads the EAP configuration whether it comes as <Kind>' -ForEach @(
    @{ Kind = 'an XmlDocument'; Make = { [xml]'<EapHostConfig><EapMethod>13</EapMethod></EapHostConfig>' } }
    @{ Kind = 'a string'; Make = { '<EapHostConfig><EapMethod>13</EapMethod></EapHostConfig>' } }
    @{ Kind = 'an XmlElement'; Make = { ([xml]'<EapHostConfig><EapMethod>13</EapMethod></EapHostConfig>').DocumentElement } }
  ) {
    $global:Hvvvpns = @(New-Vpn -Methods @('Eap') -Eap (& $Make))
    Mock Get-VpnConnection { $global:Hvvvpns }
    $result = Invoke-Probe -Name 'vpn.connections'
    $result.ExitCode | Should -Be 0
    (Read-JsonArray $result.Stdout)[0].EapConfigXml | Should -BeExactly '<EapHostConfig><EapMethod>13</EapMethod></EapHostConfig>'
  }

  It 'prints [] when there is no all-user profile (Get-VpnConnection: not found)' {
    Mock Get-VpnConnection {
      $exception = [System.Management.Automation.ItemNotFoundException]::new('VPN connection  was not found.')
      Write-Error -Exception $exception -Category ObjectNotFound -ErrorId 'VPN 1168,Get-VpnConnection'
    }
    $result = Invoke-Probe -Name 'vpn.connections'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '[]'
  }

  It 'fails (exit 1, the message on stderr) on any other Get-VpnConnection error' {
    Mock Get-VpnConnection {
      Write-Error -Message 'The RPC server is unavailable.' -Category ResourceUnavailable -ErrorId 'VPN 1722,Get-VpnConnection'
    }
    $result = Invoke-Probe -Name 'vpn.connections'
    $result.ExitCode | Should -Be 1
    $result.Stdout | Should -BeExactly ''
    $result.Stderr | Should -Match 'RPC server is unavailable'
  }

  It 'escapes non-ASCII names (<Name>)' -ForEach @(
    @{ Name = 'VPN Soci' + [char]0x00E9 + 't' + [char]0x00E9; Escaped = 'VPN Soci\u00e9t\u00e9' }
    @{ Name = [string][char]0x65E5 + [char]0x672C + [char]0x8A9E + 'VPN'; Escaped = '\u65e5\u672c\u8a9eVPN' }
  ) {
    $global:Hvvvpns = @(New-Vpn -Name $Name)
    Mock Get-VpnConnection { $global:Hvvvpns }
    $result = Invoke-Probe -Name 'vpn.connections'
    Assert-AsciiJson $result.Stdout
    $result.Stdout | Should -BeLike ('*"Name":"' + $Escaped + '"*')
    (Read-JsonArray $result.Stdout)[0].Name | Should -BeExactly $Name
  }
}

Describe '<Probe>' -ForEach @(
  @{ Probe = 'cert.machine'; Store = 'Cert:\LocalMachine\My' }
  @{ Probe = 'cert.user'; Store = 'Cert:\CurrentUser\My' }
) {
  BeforeAll {
    $global:Hvvstore = $Store
    $global:Hvvprobe = $Probe
  }
  AfterEach {
    foreach ($c in @($global:Hvvcerts)) { if ($c) { $c.Dispose() } }
  }

  It 'prints 0, 1 and many certificates as JSON arrays' {
    foreach ($count in @(0, 1, 3)) {
      $global:Hvvcerts = @(1..3 | ForEach-Object { New-TestCertificate -Subject ('CN=device' + $_) })[0..($count - 1)]
      if ($count -eq 0) { $global:Hvvcerts = @() }
      Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
      $result = Invoke-Probe -Name $global:Hvvprobe
      $result.ExitCode | Should -Be 0
      $result.Stdout | Should -Match '^\['
      (Read-JsonArray $result.Stdout).Count | Should -Be $count
    }
  }

  It 'reports Client Authentication by its OID, with dates in UTC ISO-8601 and the private key' {
    $global:Hvvcerts = @(New-TestCertificate -EkuOids @('1.3.6.1.5.5.7.3.2', '1.3.6.1.5.5.7.3.1') -NotBefore ([datetime]'2026-10-02T09:20:11Z').ToUniversalTime() -NotAfter ([datetime]'2027-10-02T09:20:11Z').ToUniversalTime())
    Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
    $cert = (Read-JsonArray (Invoke-Probe -Name $global:Hvvprobe).Stdout)
    $cert.Subject | Should -BeExactly 'CN=DESKTOP-7H2K9QF.corp.contoso.com'
    $cert.HasPrivateKey | Should -BeTrue
    @($cert.EnhancedKeyUsage.ObjectId) | Should -Be @('1.3.6.1.5.5.7.3.2', '1.3.6.1.5.5.7.3.1')
    $cert.Thumbprint | Should -BeExactly $global:Hvvcerts[0].Thumbprint
  }

  It 'reports a certificate without the EKU extension with an empty list (valid for every purpose)' {
    $global:Hvvcerts = @(New-TestCertificate -NoEku)
    Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
    $result = Invoke-Probe -Name $global:Hvvprobe
    $result.Stdout | Should -BeLike '*"EnhancedKeyUsage":`[`]*'
  }

  It 'reports anyExtendedKeyUsage by its OID 2.5.29.37.0' {
    $global:Hvvcerts = @(New-TestCertificate -EkuOids @('2.5.29.37.0'))
    Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
    $cert = (Read-JsonArray (Invoke-Probe -Name $global:Hvvprobe).Stdout)
    @($cert.EnhancedKeyUsage.ObjectId) | Should -Be @('2.5.29.37.0')
  }

  It 'reports an expired certificate''s dates and a public-only one without its private key' {
    $global:Hvvcerts = @(
      New-TestCertificate -NotBefore ([datetime]::UtcNow.AddYears(-2)) -NotAfter ([datetime]::UtcNow.AddDays(-1))
      New-TestCertificate -PublicOnly
    )
    Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
    $stdout = (Invoke-Probe -Name $global:Hvvprobe).Stdout
    $parsed = Read-JsonArray $stdout
    ([datetime]$parsed[0].NotAfter).ToUniversalTime() | Should -BeLessThan ([datetime]::UtcNow)
    $stdout | Should -Match '"NotAfter":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"'
    $parsed[1].HasPrivateKey | Should -BeFalse
  }

  It 'escapes a subject such as CN=J<u>rgen as \u00fc' {
    $global:Hvvcerts = @(New-TestCertificate -Subject ('CN=J' + [char]0x00FC + 'rgen'))
    Mock Get-ChildItem -ParameterFilter { $Path -eq $global:Hvvstore } { $global:Hvvcerts }
    $result = Invoke-Probe -Name $global:Hvvprobe
    Assert-AsciiJson $result.Stdout
    $result.Stdout | Should -BeLike '*"Subject":"CN=J\u00fcrgen"*'
  }
}

Describe 'logon.session' {
  BeforeEach {
    $script:standIn = New-StandInSystem32
    $script:savedEnv = @{ LOGONSERVER = $env:LOGONSERVER; USERDNSDOMAIN = $env:USERDNSDOMAIN; COMPUTERNAME = $env:COMPUTERNAME }
    $env:LOGONSERVER = '\\DC01'
    $env:USERDNSDOMAIN = 'CORP.CONTOSO.COM'
    $env:COMPUTERNAME = 'DESKTOP-7H2K9QF'
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_Process' } { [pscustomobject]@{ ProcessId = $PID } }
    Mock Get-CimAssociatedInstance { [pscustomobject]@{ LogonType = 11; LogonId = '999' } }
  }
  AfterEach {
    foreach ($k in $script:savedEnv.Keys) { Set-Item -Path ('Env:\' + $k) -Value $script:savedEnv[$k] }
    Remove-StandInSystem32 -StandIn $script:standIn
  }

  It 'prints the session with whoami''s UPN (started from System32) and the logon type as a number' {
    Set-ShimAnswer -Program whoami -Stdout "ben.okafor@contoso.com`r`n"
    $result = Invoke-Probe -Name 'logon.session'
    $result.ExitCode | Should -Be 0
    # The contract's five fields first, exactly; then the process account, which is this machine's.
    $result.Stdout | Should -BeLike '{"LogonServer":"\\\\DC01","UserDnsDomain":"CORP.CONTOSO.COM","Upn":"ben.okafor@contoso.com","ComputerName":"DESKTOP-7H2K9QF","LogonType":11,"ProcessUser":*'
    @((Get-ShimCalls)[0].argv) | Should -Be @('/upn')
  }

  It 'names the console user and how they signed in, apart from the account the probe runs as' {
    Set-ShimAnswer -Program whoami -Stdout "admin.ops@contoso.com`r`n"
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_ComputerSystem' } { [pscustomobject]@{ UserName = 'CONTOSO\ben.okafor' } }
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_Process' -and $Filter -like '*explorer.exe*' } { [pscustomobject]@{ ProcessId = 4242; Name = 'explorer.exe' } }
    Mock Invoke-CimMethod { [pscustomobject]@{ Domain = 'CONTOSO'; User = 'ben.okafor' } }
    Mock Get-CimAssociatedInstance -ParameterFilter { $InputObject.ProcessId -eq 4242 } { [pscustomobject]@{ LogonType = 2 } }
    $result = Invoke-Probe -Name 'logon.session'
    $result.ExitCode | Should -Be 0
    $session = $result.Stdout | ConvertFrom-Json
    $session.LogonType | Should -Be 11
    $session.InteractiveUser | Should -BeExactly 'CONTOSO\ben.okafor'
    $session.InteractiveLogonType | Should -Be 2
    $session.ProcessUser | Should -Not -BeNullOrEmpty
  }

  It 'prints Upn null for a local account (whoami fails) and still exits 0' {
    Set-ShimAnswer -Program whoami -Stderr 'ERROR: Unable to get User Principal Name (UPN) as the current logged-on user is not a domain user.' -ExitCode 1
    $result = Invoke-Probe -Name 'logon.session'
    $result.ExitCode | Should -Be 0
    ($result.Stdout | ConvertFrom-Json).Upn | Should -BeNullOrEmpty
  }
}

Describe 'device.identity' {
  It 'prints the identity with null for a WMI class that fails' {
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_BIOS' } { throw 'Invalid class' }
    Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_ComputerSystem' } { [pscustomobject]@{ Manufacturer = 'LENOVO '; Model = '20XW' } }
    Mock Get-ItemProperty -ParameterFilter { $Path -eq 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' } { [pscustomobject]@{ CurrentBuild = '19045'; UBR = 3803 } }
    $saved = $env:COMPUTERNAME
    $env:COMPUTERNAME = 'DESKTOP-7H2K9QF'
    try {
      $result = Invoke-Probe -Name 'device.identity'
    } finally {
      $env:COMPUTERNAME = $saved
    }
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"ComputerName":"DESKTOP-7H2K9QF","SerialNumber":null,"Manufacturer":"LENOVO","Model":"20XW","OsBuild":"19045.3803"}'
    $result.Stderr | Should -Match 'Win32_BIOS'
  }
}

Describe 'update.pending' {
  BeforeAll {
    # New-Object has no -ComObject outside Windows: a function of the same name answers for the
    # Windows Update Agent and leaves every other use to the real cmdlet.
    function New-Object {
      param([string]$ComObject, [string]$TypeName)
      if ($ComObject -eq 'Microsoft.Update.Session') {
        $searcher = [pscustomobject]@{}
        $searcher | Add-Member -MemberType ScriptMethod -Name Search -Value {
          param($criteria)
          $global:Hvvcriteria = $criteria
          [pscustomobject]@{ Updates = $global:Hvvupdates }
        }
        $session = [pscustomobject]@{}
        $session | Add-Member -MemberType ScriptMethod -Name CreateUpdateSearcher -Value { $searcher }.GetNewClosure()
        return $session
      }
      Microsoft.PowerShell.Utility\New-Object -TypeName $TypeName
    }
  }

  It 'prints <Count> updates as a JSON array with KBArticleIDs always an array' -ForEach @(
    @{ Count = 0 }
    @{ Count = 1 }
    @{ Count = 2 }
  ) {
    $all = @(
      [pscustomobject]@{ Title = '2026-11 Cumulative Update for Windows 10 Version 1909 (KB5034441)'; KBArticleIDs = @('5034441'); IsDownloaded = $true; RebootRequired = $false }
      [pscustomobject]@{ Title = 'Definition Update'; KBArticleIDs = @(); IsDownloaded = $false; RebootRequired = $false }
    )
    $global:Hvvupdates = @($all[0..($Count - 1)])
    if ($Count -eq 0) { $global:Hvvupdates = @() }
    $result = Invoke-Probe -Name 'update.pending'
    $result.ExitCode | Should -Be 0
    $global:Hvvcriteria | Should -BeExactly "IsInstalled=0 and Type='Software'"
    $result.Stdout | Should -Match '^\['
    (Read-JsonArray $result.Stdout).Count | Should -Be $Count
    if ($Count -eq 2) {
      $result.Stdout | Should -BeLike '*"KBArticleIDs":`["5034441"`]*"KBArticleIDs":`[`]*'
    }
  }
}
