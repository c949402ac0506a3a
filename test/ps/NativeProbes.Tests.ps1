# The probes that print a native program's own text: each starts its program from
# %SystemRoot%\System32 (a stand-in full of shims here), hands over its text unchanged and exits
# with the program's exit code; arguments arrive as exactly the argv the contract describes.
BeforeAll {
  . (Join-Path $PSScriptRoot 'ProbeTest.ps1')
}

Describe 'native probes' {
  BeforeEach {
    $script:standIn = New-StandInSystem32
  }
  AfterEach {
    Remove-StandInSystem32 -StandIn $script:standIn
  }

  Context 'join.dsregcmd' {
    It 'starts System32\dsregcmd with /status and prints its text unchanged (<Fixture>)' -ForEach @(
      @{ Fixture = 'dsregcmd/hybrid-joined.txt' }
      @{ Fixture = 'dsregcmd/hybrid-joined-fr.txt' }
      @{ Fixture = 'dsregcmd/real-hybrid-joined-msdocs.txt' }
    ) {
      Set-ShimAnswer -Program dsregcmd -Fixture $Fixture
      $result = Invoke-Probe -Name 'join.dsregcmd'
      $result.ExitCode | Should -Be 0
      $expected = ((Read-Fixture $Fixture).TrimEnd("`r", "`n") -split "`r?`n") -join "`n"
      $result.Stdout | Should -BeExactly $expected
      $calls = Get-ShimCalls
      $calls.Count | Should -Be 1
      $calls[0].program | Should -Be 'dsregcmd'
      @($calls[0].argv) | Should -Be @('/status')
    }

    It 'gives the program an empty stdin, so one that reads to the end does not hang' {
      Set-ShimAnswer -Program dsregcmd -Fixture 'dsregcmd/hybrid-joined.txt' -ReadStdin
      $result = Invoke-Probe -Name 'join.dsregcmd'
      $result.ExitCode | Should -Be 0
      (Get-ShimCalls)[0].stdin | Should -BeExactly ''
    }

    It 'returns the program''s failure exit code' {
      Set-ShimAnswer -Program dsregcmd -Stdout 'Access is denied.' -ExitCode 5
      (Invoke-Probe -Name 'join.dsregcmd').ExitCode | Should -Be 5
    }
  }

  Context 'proxy.winhttp' {
    It 'runs netsh winhttp show proxy and keeps localized text (<Fixture>)' -ForEach @(
      @{ Fixture = 'netsh/direct-en.txt' }
      @{ Fixture = 'netsh/direct-fr.txt' }
      @{ Fixture = 'netsh/real-proxy-ja.txt' }
    ) {
      Set-ShimAnswer -Program netsh -Fixture $Fixture
      $result = Invoke-Probe -Name 'proxy.winhttp'
      $result.ExitCode | Should -Be 0
      $expected = ((Read-Fixture $Fixture).TrimEnd("`r", "`n") -split "`r?`n") -join "`n"
      $result.Stdout | Should -BeExactly $expected
      @((Get-ShimCalls)[0].argv) | Should -Be @('winhttp', 'show', 'proxy')
    }
  }

  Context 'dc.locate' {
    It 'asks nltest to rediscover (/force) instead of answering from the DC locator cache' {
      Set-ShimAnswer -Program nltest -Fixture 'nltest/found.txt'
      $result = Invoke-Probe -Name 'dc.locate' -ProbeArgs @{ domain = 'corp.contoso.com' }
      $result.ExitCode | Should -Be 0
      @((Get-ShimCalls)[0].argv) | Should -Be @('/dsgetdc:corp.contoso.com', '/force')
    }

    It 'returns 1355 with nltest''s French text' {
      Remove-StandInSystem32 -StandIn $script:standIn
      $script:standIn = New-StandInSystem32 -Mode ps1
      Set-ShimAnswer -Program nltest -Fixture 'nltest/no-such-domain-fr.txt' -ExitCode 1355
      $result = Invoke-Probe -Name 'dc.locate' -ProbeArgs @{ domain = 'corp.contoso.com' }
      $result.ExitCode | Should -Be 1355
      $result.Stdout | Should -Match 'ERROR_NO_SUCH_DOMAIN'
    }

    It 'refuses a domain with spaces or quotes (exit 87) without starting nltest' {
      Set-ShimAnswer -Program nltest -Fixture 'nltest/found.txt'
      (Invoke-Probe -Name 'dc.locate' -ProbeArgs @{ domain = 'corp" /server:evil' }).ExitCode | Should -Be 87
      (Get-ShimCalls).Count | Should -Be 0
    }
  }

  Context 'vpn.connect and vpn.disconnect' {
    It 'returns RAS error <Code> as the exit code with rasdial''s text' -ForEach @(
      @{ Code = 809; Fixture = 'rasdial/connect-809.txt' }
      @{ Code = 691; Fixture = 'rasdial/connect-691.txt' }
      @{ Code = 703; Fixture = 'rasdial/connect-703.txt' }
    ) {
      Remove-StandInSystem32 -StandIn $script:standIn
      $script:standIn = New-StandInSystem32 -Mode ps1
      Set-ShimAnswer -Program rasdial -Fixture $Fixture -ExitCode $Code
      $result = Invoke-Probe -Name 'vpn.connect' -ProbeArgs @{ name = 'Contoso VPN' }
      $result.ExitCode | Should -Be $Code
      $result.Stdout | Should -Match ([string]$Code)
    }

    # On Windows the shims are .cmd files, and cmd.exe re-reads the command line, so argv cannot be
    # proven there; windows-scripts.test.ts sends such a name to the real rasdial instead.
    It 'passes <Name> to rasdial as exactly one argument (<Mode>)' -Skip:$script:OnWindows -ForEach @(
      foreach ($mode in @('Legacy', 'Standard')) {
        foreach ($name in @('Contoso "VPN"', '"Contoso VPN"', 'x" /phonebook:\\host\share', "it's",
            '$(Remove-Item x)', 'a`b`"c', 'trailing\', 'sp ace\', ([string][char]0x2018 + 'q' + [char]0x2019 + [char]0x201C + [char]0x201D),
            ('VPN Soci' + [char]0x00E9 + 't' + [char]0x00E9), ([string][char]0x65E5 + [char]0x672C + [char]0x8A9E + 'VPN'))) {
          @{ Mode = $mode; Name = $name }
        }
      }
    ) {
      $saved = $PSNativeCommandArgumentPassing
      try {
        $global:PSNativeCommandArgumentPassing = $Mode
        Set-ShimAnswer -Program rasdial -Fixture 'rasdial/connect-success.txt'
        (Invoke-Probe -Name 'vpn.connect' -ProbeArgs @{ name = $Name }).ExitCode | Should -Be 0
        Set-ShimAnswer -Program rasdial -Fixture 'rasdial/disconnect-success.txt'
        (Invoke-Probe -Name 'vpn.disconnect' -ProbeArgs @{ name = $Name }).ExitCode | Should -Be 0
      } finally {
        $global:PSNativeCommandArgumentPassing = $saved
      }
      $calls = Get-ShimCalls
      ,@($calls[0].argv) | Should -Be (,@($Name))
      ,@($calls[1].argv) | Should -Be (,@($Name, '/disconnect'))
    }

    It 'refuses an empty name (exit 87) without starting rasdial' {
      (Invoke-Probe -Name 'vpn.connect' -ProbeArgs @{ name = ' ' }).ExitCode | Should -Be 87
      (Get-ShimCalls).Count | Should -Be 0
    }
  }

  Context 'update.install' {
    BeforeEach {
      $script:package = Join-Path $script:standIn.Root ("windows10.0-kb5034441 it's " + [char]0x00E9 + '.msu')
      Set-Content -LiteralPath $script:package -Value 'msu'
    }

    It 'starts System32\wusa with the package path as one argument, /quiet /norestart, and an empty stdin' {
      Set-ShimAnswer -Program wusa -ExitCode 0 -ReadStdin
      $result = Invoke-Probe -Name 'update.install' -ProbeArgs @{ path = $script:package }
      $result.ExitCode | Should -Be 0
      $call = (Get-ShimCalls)[0]
      ,@($call.argv) | Should -Be (,@($script:package, '/quiet', '/norestart'))
      $call.stdin | Should -BeExactly ''
    }

    It 'returns wusa''s exit code (<Code>)' -ForEach @(
      @{ Code = 87 }
      @{ Code = 23 }
    ) {
      Set-ShimAnswer -Program wusa -ExitCode $Code
      (Invoke-Probe -Name 'update.install' -ProbeArgs @{ path = $script:package }).ExitCode | Should -Be $Code
    }

    It 'returns 3010 and -2145124329 unchanged where a process can (Windows)' -Skip:(-not $script:OnWindows) {
      foreach ($code in @(3010, -2145124329)) {
        Set-ShimAnswer -Program wusa -ExitCode $code
        (Invoke-Probe -Name 'update.install' -ProbeArgs @{ path = $script:package }).ExitCode | Should -Be $code
      }
    }

    It 'reports a missing package (exit 2) without starting wusa' {
      (Invoke-Probe -Name 'update.install' -ProbeArgs @{ path = '/no/such/file.msu' }).ExitCode | Should -Be 2
      (Get-ShimCalls).Count | Should -Be 0
    }
  }
}
