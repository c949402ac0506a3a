# Shared by every test/ps/*.Tests.ps1 (dot-sourced in BeforeAll): a stand-in %SystemRoot%\System32
# of native shims, stubs for the Windows-only commands Linux lacks (so Pester can Mock them), real
# test certificates, and Invoke-Probe, which runs one bundled probe script the way the runner does
# (arguments as base64 JSON) and returns its stdout, stderr and exit code.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ScriptsDir = Join-Path $script:RepoRoot 'main/probes/scripts'
$script:NativeFixtures = Join-Path $script:RepoRoot 'test/fixtures/native'
$script:ShimDir = Join-Path $PSScriptRoot 'shims'
$script:NativePrograms = @('rasdial', 'nltest', 'dsregcmd', 'netsh', 'whoami', 'wusa', 'reg')
$script:OnWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'

function New-StandInSystem32 {
  # A folder laid out like %SystemRoot% whose System32 holds one shim per program: `<name>` (an
  # executable script, Linux/macOS), `<name>.cmd` (Windows) and `<name>.ps1` (in-process, for
  # exit codes above 255). Points $env:SystemRoot / $env:windir at it and returns its paths.
  param(
    [string]$Mode = ''
  )
  $root = Join-Path ([IO.Path]::GetTempPath()) ('hvv-pester-' + [guid]::NewGuid().ToString('n'))
  $windows = Join-Path $root 'Windows'
  $system32 = Join-Path $windows 'System32'
  $state = Join-Path $root 'shim-state'
  New-Item -ItemType Directory -Path $system32 -Force | Out-Null
  New-Item -ItemType Directory -Path $state -Force | Out-Null
  Set-Content -LiteralPath (Join-Path $state 'config.json') -Value '{}' -Encoding utf8
  $shimJs = Join-Path $script:ShimDir 'native-shim.mjs'
  $shimPs = Join-Path $script:ShimDir 'native-shim.ps1'
  foreach ($name in $script:NativePrograms) {
    $ps1 = "& '" + $shimPs.Replace("'", "''") + "' -Program '" + $name + "' -ShimArgs `$args`nexit `$LASTEXITCODE`n"
    Set-Content -LiteralPath (Join-Path $system32 ($name + '.ps1')) -Value $ps1 -Encoding utf8
    if ($script:OnWindows) {
      $cmd = '@node "' + $shimJs + '" ' + $name + " %*`r`n"
      Set-Content -LiteralPath (Join-Path $system32 ($name + '.cmd')) -Value $cmd -Encoding ascii
    } else {
      $sh = "#!/bin/sh`nexec node '" + $shimJs + "' " + $name + ' "$@"' + "`n"
      $file = Join-Path $system32 $name
      [IO.File]::WriteAllText($file, $sh)
      # No chmod process per file: this runs before every test.
      [IO.File]::SetUnixFileMode($file, [IO.UnixFileMode]'UserRead, UserWrite, UserExecute, GroupRead, GroupExecute, OtherRead, OtherExecute')
    }
  }
  if ([string]::IsNullOrEmpty($Mode)) {
    $Mode = 'bare'
    if ($script:OnWindows) {
      $Mode = 'cmd'
    }
  }
  # Restored by Remove-StandInSystem32: on Windows the real values matter to everything else.
  $saved = @{ SystemRoot = $env:SystemRoot; windir = $env:windir }
  $env:SystemRoot = $windows
  $env:windir = $windows
  $env:HVV_SHIM_DIR = $state
  $env:HVV_TEST_NATIVE_SHIMS = $Mode
  [pscustomobject]@{ Root = $root; Windows = $windows; System32 = $system32; State = $state; Saved = $saved }
}

function Remove-StandInSystem32 {
  param($StandIn)
  if ($null -ne $StandIn) {
    Remove-Item -LiteralPath $StandIn.Root -Recurse -Force -ErrorAction SilentlyContinue
    foreach ($name in @('SystemRoot', 'windir')) {
      if ($null -eq $StandIn.Saved[$name]) {
        Remove-Item -Path ('Env:\' + $name) -ErrorAction SilentlyContinue
      } else {
        Set-Item -Path ('Env:\' + $name) -Value $StandIn.Saved[$name]
      }
    }
  }
  Remove-Item Env:\HVV_SHIM_DIR, Env:\HVV_TEST_NATIVE_SHIMS -ErrorAction SilentlyContinue
}

function Set-ShimAnswer {
  # What one program answers (replaces earlier answers for it unless -Append).
  param(
    [Parameter(Mandatory)] [string]$Program,
    [string]$Fixture,
    [string]$Stdout,
    [string]$Stderr,
    [int]$ExitCode = 0,
    [string[]]$ExpectArgs,
    [switch]$ReadStdin,
    [switch]$Append
  )
  $file = Join-Path $env:HVV_SHIM_DIR 'config.json'
  $config = @{}
  $existing = Get-Content -LiteralPath $file -Raw | ConvertFrom-Json
  foreach ($p in $existing.PSObject.Properties) {
    $config[$p.Name] = @($p.Value)
  }
  $entry = [ordered]@{ exitCode = $ExitCode }
  if ($Fixture) { $entry.stdoutFile = Join-Path $script:NativeFixtures $Fixture }
  if ($Stdout) { $entry.stdout = $Stdout }
  if ($Stderr) { $entry.stderr = $Stderr }
  if ($ExpectArgs) { $entry.args = @($ExpectArgs) }
  if ($ReadStdin) { $entry.readStdin = $true }
  if ($Append -and $config.ContainsKey($Program)) {
    $config[$Program] = @($config[$Program]) + @($entry)
  } else {
    $config[$Program] = @($entry)
  }
  ConvertTo-Json -InputObject $config -Depth 6 | Set-Content -LiteralPath $file -Encoding utf8
}

function Get-ShimCalls {
  $file = Join-Path $env:HVV_SHIM_DIR 'calls.jsonl'
  if (-not (Test-Path -LiteralPath $file)) {
    return ,@()
  }
  ,@(Get-Content -LiteralPath $file -Encoding utf8 | Where-Object { $_ } | ForEach-Object { $_ | ConvertFrom-Json })
}

function Clear-ShimCalls {
  Remove-Item -LiteralPath (Join-Path $env:HVV_SHIM_DIR 'calls.jsonl') -ErrorAction SilentlyContinue
}

function Read-Fixture {
  param([string]$Fixture)
  [IO.File]::ReadAllText((Join-Path $script:NativeFixtures $Fixture), [Text.Encoding]::UTF8)
}

function ConvertTo-ArgsBase64 {
  param($ProbeArgs)
  $json = ConvertTo-Json -InputObject $ProbeArgs -Compress
  [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
}

function Invoke-Probe {
  # Runs main/probes/scripts/<Name>.ps1 in this session (so Pester mocks apply) with its arguments as
  # base64 JSON. Stdout: the script's output lines joined with "`n" (native programs' lines included);
  # Stderr: what it wrote to [Console]::Error plus its error stream.
  param(
    [Parameter(Mandatory)] [string]$Name,
    $ProbeArgs = @{}
  )
  $path = Join-Path $script:ScriptsDir ($Name + '.ps1')
  $b64 = ConvertTo-ArgsBase64 -ProbeArgs $ProbeArgs
  $writer = New-Object -TypeName System.IO.StringWriter
  $previous = [Console]::Error
  [Console]::SetError($writer)
  $errors = @()
  try {
    $global:LASTEXITCODE = 0
    $output = @(& $path -ArgsBase64 $b64 2>&1)
    $code = $global:LASTEXITCODE
  } catch {
    $output = @()
    $errors += $_.Exception.Message + ' (' + $_.ScriptStackTrace + ')'
    $code = 'threw'
  } finally {
    [Console]::SetError($previous)
  }
  $lines = @()
  foreach ($item in $output) {
    if ($item -is [System.Management.Automation.ErrorRecord]) {
      $errors += [string]$item
    } else {
      $lines += [string]$item
    }
  }
  [pscustomobject]@{
    Stdout = ($lines -join "`n")
    Stderr = ($writer.ToString() + ($errors -join "`n")).Trim()
    ExitCode = $code
  }
}

function Initialize-WindowsStubs {
  # Commands Windows has and Linux lacks, defined only when missing, so Mock can replace them.
  # Their parameters mirror the real commands' parameters the scripts use.
  if (-not (Get-Command -Name Get-VpnConnection -ErrorAction SilentlyContinue)) {
    function global:Get-VpnConnection {
      [CmdletBinding()]
      param([switch]$AllUserConnection, [string]$Name)
      throw 'Get-VpnConnection stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-HotFix -ErrorAction SilentlyContinue)) {
    function global:Get-HotFix {
      [CmdletBinding()]
      param([string]$Id)
      throw 'Get-HotFix stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-CimInstance -ErrorAction SilentlyContinue)) {
    function global:Get-CimInstance {
      [CmdletBinding()]
      param([string]$ClassName, [string]$Filter)
      throw 'Get-CimInstance stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Get-CimAssociatedInstance -ErrorAction SilentlyContinue)) {
    function global:Get-CimAssociatedInstance {
      [CmdletBinding()]
      param($InputObject, [string]$ResultClassName)
      throw 'Get-CimAssociatedInstance stub called without a Mock'
    }
  }
  if (-not (Get-Command -Name Invoke-CimMethod -ErrorAction SilentlyContinue)) {
    function global:Invoke-CimMethod {
      [CmdletBinding()]
      param($InputObject, [string]$MethodName)
      throw 'Invoke-CimMethod stub called without a Mock'
    }
  }
}

function New-TestCertificate {
  # A real X509Certificate2 made with CertificateRequest, shaped like one in Cert:\...\My.
  param(
    [string]$Subject = 'CN=DESKTOP-7H2K9QF.corp.contoso.com',
    [string[]]$EkuOids = @('1.3.6.1.5.5.7.3.2'),
    [switch]$NoEku,
    [datetime]$NotBefore = [datetime]::UtcNow.AddDays(-30),
    [datetime]$NotAfter = [datetime]::UtcNow.AddDays(335),
    [switch]$PublicOnly
  )
  # ECDSA P-256: created in a millisecond, where an RSA key takes a noticeable fraction of a second.
  $key = [System.Security.Cryptography.ECDsa]::Create([System.Security.Cryptography.ECCurve+NamedCurves]::nistP256)
  try {
    $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
      $Subject, $key, [System.Security.Cryptography.HashAlgorithmName]::SHA256)
    if (-not $NoEku) {
      $oids = [System.Security.Cryptography.OidCollection]::new()
      foreach ($value in $EkuOids) {
        [void]$oids.Add([System.Security.Cryptography.Oid]::new($value))
      }
      $request.CertificateExtensions.Add(
        [System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($oids, $false))
    }
    $cert = $request.CreateSelfSigned([datetimeoffset]$NotBefore, [datetimeoffset]$NotAfter)
    if ($PublicOnly) {
      $public = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($cert.RawData)
      $cert.Dispose()
      return $public
    }
    return $cert
  } finally {
    $key.Dispose()
  }
}
