# Probe logon.session: who signed in and how. LogonType is a number (11 = CachedInteractive: the
# domain never saw this sign-in). Missing values are null.
param(
  [string]$ArgsBase64 = ''
)
# whoami fails for local accounts; that is an answer (no UPN), not a failure of the probe.
$ErrorActionPreference = 'Continue'

# --- hvv:native-path begin: the same lines in every script that starts a program (test/ps checks) ---
# Programs start by their full path under %SystemRoot%\System32, never by name: Windows looks in
# the current folder and PATH first, where a planted rasdial.exe would run with our rights.
function Get-NativePath {
  param(
    [string]$Name
  )
  $windows = $env:SystemRoot
  if ([string]::IsNullOrEmpty($windows)) {
    $windows = $env:windir
  }
  if ([string]::IsNullOrEmpty($windows)) {
    $windows = 'C:\Windows'
  }
  $system32 = Join-Path -Path $windows -ChildPath 'System32'
  $path = Join-Path -Path $system32 -ChildPath ($Name + '.exe')
  # Tests only: a stand-in System32 holds shims. Never used while the real program is there.
  $shims = $env:HVV_TEST_NATIVE_SHIMS
  if (-not [string]::IsNullOrEmpty($shims) -and -not [System.IO.File]::Exists($path)) {
    if ($shims -eq 'bare') {
      $path = Join-Path -Path $system32 -ChildPath $Name
    } elseif ($shims -eq 'cmd') {
      $path = Join-Path -Path $system32 -ChildPath ($Name + '.cmd')
    } elseif ($shims -eq 'ps1') {
      $path = Join-Path -Path $system32 -ChildPath ($Name + '.ps1')
    }
  }
  return $path
}
# --- hvv:native-path end ---

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

$upn = $null
$whoami = Get-NativePath -Name 'whoami'
$upnText = $null | & $whoami /upn 2>$null
if ($LASTEXITCODE -eq 0 -and $null -ne $upnText) {
  $upn = ([string]$upnText).Trim()
}

$logonType = $null
try {
  $process = Get-CimInstance -ClassName Win32_Process -Filter ('ProcessId = ' + $PID) -ErrorAction Stop
  $session = Get-CimAssociatedInstance -InputObject $process -ResultClassName Win32_LogonSession -ErrorAction Stop
  $first = @($session)[0]
  if ($null -ne $first) {
    $logonType = [int]$first.LogonType
  }
} catch {
  [Console]::Error.WriteLine('The logon type could not be read: ' + $_.Exception.Message)
}

# After "Run as administrator" with another account, this process's logon is the admin's: read the
# console user too (Win32_ComputerSystem.UserName) and the logon of that user's explorer.exe.
$processUser = [Environment]::UserDomainName + '\' + [Environment]::UserName
# The SID, not the name, tells SYSTEM (S-1-5-18): its name is localized ("NT-AUTORITAET\SYSTEM").
$processSid = $null
try {
  $processSid = [Security.Principal.WindowsIdentity]::GetCurrent().User.Value
} catch {
  $processSid = $null
}
$interactiveUser = $null
$interactiveLogonType = $null
try {
  $computer = Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop
  if (-not [string]::IsNullOrEmpty($computer.UserName)) {
    $interactiveUser = [string]$computer.UserName
  }
  foreach ($shell in @(Get-CimInstance -ClassName Win32_Process -Filter "Name = 'explorer.exe'" -ErrorAction Stop)) {
    $owner = Invoke-CimMethod -InputObject $shell -MethodName GetOwner -ErrorAction Stop
    if (($owner.Domain + '\' + $owner.User) -eq $interactiveUser) {
      $shellSession = Get-CimAssociatedInstance -InputObject $shell -ResultClassName Win32_LogonSession -ErrorAction Stop
      $firstShellSession = @($shellSession)[0]
      if ($null -ne $firstShellSession) {
        $interactiveLogonType = [int]$firstShellSession.LogonType
      }
      break
    }
  }
} catch {
  [Console]::Error.WriteLine('The console user could not be read: ' + $_.Exception.Message)
}

$result = [ordered]@{
  LogonServer = $env:LOGONSERVER
  UserDnsDomain = $env:USERDNSDOMAIN
  Upn = $upn
  ComputerName = $env:COMPUTERNAME
  LogonType = $logonType
  ProcessUser = $processUser
  ProcessSid = $processSid
  InteractiveUser = $interactiveUser
  InteractiveLogonType = $interactiveLogonType
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
