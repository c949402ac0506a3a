# Issue 17's service connection point probes on real PowerShell: scp.registry with Get-ItemProperty
# mocked (the CDJ\AAD key present, absent, access denied), scp.domain with New-Object mocked for
# System.DirectoryServices.DirectoryEntry (Linux pwsh has no ADSI): the SCP found with its keywords,
# the object missing, the domain unreachable, and domain names that must never reach the LDAP path.
# The values come from test/fixtures/scp (see its SOURCES.md).
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
  $script:ScpFixtures = Join-Path $script:RepoRoot 'test/fixtures/scp'
  $script:CdjKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD'
  $script:ScpDn = 'CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,'

  function Read-ScpFixture {
    param([string]$Name)
    [IO.File]::ReadAllText((Join-Path $script:ScpFixtures $Name), [Text.Encoding]::UTF8) | ConvertFrom-Json
  }

  function New-LdapError {
    # What DirectoryEntry throws when it binds: a COMException with the LDAP HRESULT.
    param([string]$Message, [int]$HResult)
    [System.Runtime.InteropServices.COMException]::new($Message, $HResult)
  }

  function New-LdapEntry {
    # Shaped like a bound DirectoryEntry: Properties[name] enumerates the attribute's values.
    param([hashtable]$Properties)
    [pscustomobject]@{ Properties = $Properties }
  }
}

Describe 'scp.registry' {
  It 'prints TenantId and TenantName from the CDJ\AAD key, and reads only that key' {
    $global:HvvCdj = Read-ScpFixture -Name 'registry-cdj-aad.json'
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      [pscustomobject]@{ TenantId = $global:HvvCdj.TenantId; TenantName = $global:HvvCdj.TenantName; PSPath = 'Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\...' }
    }
    $result = Invoke-Probe -Name 'scp.registry'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"Path":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD","Values":{"TenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","TenantName":"contoso.com"}}'
    Should -Invoke Get-ItemProperty -Times 1 -Exactly -ParameterFilter { [string]$LiteralPath -eq $script:CdjKey }
  }

  It 'keeps only the values that exist (TenantName missing)' {
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      [pscustomobject]@{ TenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47' }
    }
    $read = (Invoke-Probe -Name 'scp.registry').Stdout | ConvertFrom-Json
    @($read.Values.PSObject.Properties.Name) | Should -Be @('TenantId')
  }

  It 'prints Values null when the key does not exist' {
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      $missing = [System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$LiteralPath' because it does not exist.")
      throw [System.Management.Automation.ErrorRecord]::new($missing, 'PathNotFound', 'ObjectNotFound', $LiteralPath)
    }
    $result = Invoke-Probe -Name 'scp.registry'
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly '{"Path":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD","Values":null}'
  }

  It 'exits 5 with "run elevated" on access denied, never reporting the key as absent' {
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      throw [System.Security.SecurityException]::new('Requested registry access is not allowed.')
    }
    $result = Invoke-Probe -Name 'scp.registry'
    $result.ExitCode | Should -Be 5
    $result.Stdout | Should -BeNullOrEmpty
    $result.Stderr | Should -Match 'elevated'

    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      throw [System.UnauthorizedAccessException]::new('Access to the registry key is denied.')
    }
    (Invoke-Probe -Name 'scp.registry').ExitCode | Should -Be 5
  }

  It 'lets any other failure through instead of calling it absent' {
    Mock Get-ItemProperty -ParameterFilter { $LiteralPath -like 'HKLM:*' } {
      throw [System.IO.IOException]::new('The device is not ready.')
    }
    $result = Invoke-Probe -Name 'scp.registry'
    $result.ExitCode | Should -Be 'threw'
    $result.Stdout | Should -BeNullOrEmpty
  }
}

Describe 'scp.domain' {
  BeforeEach {
    $script:ldap = Read-ScpFixture -Name 'ldap-scp-found.json'
    $global:HvvInjected = $null
    # The LDAP directory as a table: path -> attributes; a path absent here is "no such object".
    $global:HvvLdap = @{
      'LDAP://corp.contoso.com/RootDSE' = @{ configurationNamingContext = @($script:ldap.rootDse.configurationNamingContext) }
      ('LDAP://corp.contoso.com/' + $script:ScpDn + 'CN=Configuration,DC=corp,DC=contoso,DC=com') = @{ keywords = @($script:ldap.scp.keywords) }
    }
    Mock New-Object -ParameterFilter { $TypeName -eq 'System.DirectoryServices.DirectoryEntry' } {
      $path = [string]@($ArgumentList)[0]
      if (-not $global:HvvLdap.ContainsKey($path)) {
        throw (New-LdapError -Message 'There is no such object on the server.' -HResult -2147016656)
      }
      New-LdapEntry -Properties $global:HvvLdap[$path]
    }
  }

  It 'finds the SCP and prints its azureADName/azureADId keywords as they are stored' {
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.ExitCode | Should -Be 0
    $result.Stdout | Should -BeExactly ('{"Domain":"corp.contoso.com","ConfigurationNamingContext":"CN=Configuration,DC=corp,DC=contoso,DC=com","Path":"' + $script:ScpDn + 'CN=Configuration,DC=corp,DC=contoso,DC=com","Found":true,"Keywords":["azureADName:contoso.com","azureADId:72f988bf-86f1-41af-91ab-2d7cd011db47"]}')
    Should -Invoke New-Object -Times 2 -Exactly -ParameterFilter { $TypeName -eq 'System.DirectoryServices.DirectoryEntry' }
  }

  It 'prints a one-keyword SCP as a list, not a bare string' {
    $key = 'LDAP://corp.contoso.com/' + $script:ScpDn + 'CN=Configuration,DC=corp,DC=contoso,DC=com'
    $global:HvvLdap[$key] = @{ keywords = @('azureADName:contoso.com') }
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.Stdout | Should -Match '"Keywords":\["azureADName:contoso.com"\]'
  }

  It 'prints Found false with no keywords when the SCP object does not exist' {
    $global:HvvLdap.Remove('LDAP://corp.contoso.com/' + $script:ScpDn + 'CN=Configuration,DC=corp,DC=contoso,DC=com')
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.ExitCode | Should -Be 0
    $read = $result.Stdout | ConvertFrom-Json
    $read.Found | Should -BeFalse
    @($read.Keywords).Count | Should -Be 0
    $read.ConfigurationNamingContext | Should -Be 'CN=Configuration,DC=corp,DC=contoso,DC=com'
  }

  It 'exits 3 naming the domain when it does not answer over LDAP' {
    Mock New-Object -ParameterFilter { $TypeName -eq 'System.DirectoryServices.DirectoryEntry' } {
      throw (New-LdapError -Message 'The server is not operational.' -HResult -2147016646)
    }
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.ExitCode | Should -Be 3
    $result.Stdout | Should -BeNullOrEmpty
    $result.Stderr | Should -Match 'corp\.contoso\.com did not answer over LDAP: The server is not operational'
  }

  It 'exits 3 when the RootDSE has no configurationNamingContext' {
    $global:HvvLdap['LDAP://corp.contoso.com/RootDSE'] = @{ configurationNamingContext = @() }
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.ExitCode | Should -Be 3
    $result.Stderr | Should -Match 'no configurationNamingContext'
  }

  It 'exits 3 (not Found false) when the SCP cannot be read for another reason' {
    Mock New-Object -ParameterFilter { $TypeName -eq 'System.DirectoryServices.DirectoryEntry' -and [string]@($ArgumentList)[0] -like '*CN=Device Registration Configuration*' } {
      throw (New-LdapError -Message 'Access is denied.' -HResult -2147024891)
    }
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' }
    $result.ExitCode | Should -Be 3
    $result.Stdout | Should -BeNullOrEmpty
    $result.Stderr | Should -Match 'could not be read'
  }

  It 'refuses <Domain> with exit 87 before any LDAP path is built, evaluating nothing' -ForEach @(
    @{ Domain = 'corp.contoso.com$(Set-Variable -Name HvvInjected -Value 1 -Scope Global)' }
    @{ Domain = "corp.contoso.com'; Set-Variable -Name HvvInjected -Value 1 -Scope Global; '" }
    @{ Domain = 'corp.contoso.com" -and $(Set-Variable -Name HvvInjected -Value 1 -Scope Global)' }
    @{ Domain = 'corp.contoso.com/CN=Users,DC=corp,DC=contoso,DC=com' }
    @{ Domain = 'evil.example:389/RootDSE?' }
    @{ Domain = 'contoso' }
    @{ Domain = '' }
  ) {
    $result = Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = $Domain }
    $result.ExitCode | Should -Be 87
    $result.Stdout | Should -BeNullOrEmpty
    $result.Stderr | Should -Match 'Active Directory DNS domain name'
    $global:HvvInjected | Should -BeNullOrEmpty
    Should -Invoke New-Object -Times 0 -Exactly -ParameterFilter { $TypeName -eq 'System.DirectoryServices.DirectoryEntry' }
  }

  It 'passes a valid domain to DirectoryEntry as one argument, the LDAP path and nothing else' {
    Invoke-Probe -Name 'scp.domain' -ProbeArgs @{ domain = 'corp.contoso.com' } | Out-Null
    Should -Invoke New-Object -Times 1 -Exactly -ParameterFilter { @($ArgumentList).Count -eq 1 -and [string]@($ArgumentList)[0] -ceq 'LDAP://corp.contoso.com/RootDSE' }
  }
}
