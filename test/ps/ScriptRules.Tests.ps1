# Rules over the bundled scripts' text, checked with PowerShell's own parser: every script parses,
# the shared snippets are the same lines everywhere, and no program is started by its bare name.
BeforeDiscovery {
  $script:scripts = @(Get-ChildItem -Path (Join-Path $PSScriptRoot '../../main/probes/scripts') -Filter '*.ps1' |
      Sort-Object Name | ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } })
}

BeforeAll {
  function Get-Block {
    param([string]$Text, [string]$Tag)
    $match = [regex]::Match($Text, '(?s)# --- hvv:' + $Tag + ' begin.*?# --- hvv:' + $Tag + ' end ---')
    if ($match.Success) { return $match.Value }
    return $null
  }
  $script:natives = @('rasdial', 'nltest', 'dsregcmd', 'netsh', 'whoami', 'wusa', 'reg', 'shutdown', 'cmd', 'powershell')
}

Describe '<Name>' -ForEach $script:scripts {
  BeforeAll {
    $script:text = [IO.File]::ReadAllText($Path)
    $tokens = $null
    $parseErrors = $null
    $script:ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$parseErrors)
    $script:parseErrors = $parseErrors
  }

  It 'parses without errors in PowerShell''s own parser' {
    @($script:parseErrors | ForEach-Object { '{0}:{1} {2}' -f $_.Extent.StartLineNumber, $_.Extent.StartColumnNumber, $_.Message }) | Should -BeNullOrEmpty
  }

  It 'is pure ASCII (Windows PowerShell 5.1 reads a .ps1 without BOM in the ANSI code page)' {
    $script:text | Should -Match '^[\x00-\x7e]*$'
  }

  It 'starts no program by its bare name' {
    $commands = $script:ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
    $bare = @(foreach ($command in $commands) {
        $name = $command.GetCommandName()
        if ($null -ne $name -and $script:natives -contains ($name -replace '\.exe$', '')) { $name }
      })
    $bare | Should -BeNullOrEmpty
  }

  It 'carries the shared snippets unchanged' {
    foreach ($tag in @('native-path', 'ascii-json')) {
      $block = Get-Block -Text $script:text -Tag $tag
      if ($null -ne $block) {
        $reference = Get-Block -Text ([IO.File]::ReadAllText((Join-Path (Split-Path $Path) $(if ($tag -eq 'native-path') { 'vpn.connect.ps1' } else { 'os.version.ps1' })))) -Tag $tag
        $block | Should -BeExactly $reference
      }
    }
  }
}

Describe 'which scripts carry which snippet' {
  It 'every script that starts a program resolves it with Get-NativePath, every JSON probe uses ConvertTo-AsciiJson' {
    $dir = Join-Path $PSScriptRoot '../../main/probes/scripts'
    foreach ($name in @('join.dsregcmd', 'proxy.winhttp', 'vpn.connect', 'vpn.disconnect', 'dc.locate', 'logon.session', 'update.install')) {
      [IO.File]::ReadAllText((Join-Path $dir ($name + '.ps1'))) | Should -Match 'hvv:native-path begin'
    }
    foreach ($name in @('os.version', 'os.hotfixes', 'mdm.enrollments', 'autopilot.profile', 'vpn.connections', 'cert.machine', 'cert.user', 'logon.session', 'update.pending', 'device.identity')) {
      $text = [IO.File]::ReadAllText((Join-Path $dir ($name + '.ps1')))
      $text | Should -Match 'hvv:ascii-json begin'
      $text | Should -Not -Match 'ConvertTo-Json -InputObject \$(items|result)'
    }
  }

  It 'the parser check fails on a broken script (the gate can fail)' {
    $file = Join-Path ([IO.Path]::GetTempPath()) ('hvv-broken-' + [guid]::NewGuid().ToString('n') + '.ps1')
    Set-Content -LiteralPath $file -Value "param(`n  [string]`$ArgsBase64 = ''`n)`nif (`$x -eq 1 {`n"
    try {
      $tokens = $null
      $errors = $null
      [void][System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$tokens, [ref]$errors)
      @($errors).Count | Should -BeGreaterThan 0
    } finally {
      Remove-Item -LiteralPath $file
    }
  }
}
