# Probe logon.session: who signed in and how. LogonType is a number (11 = CachedInteractive: the
# domain never saw this sign-in). Missing values are null.
param(
  [string]$ArgsBase64 = ''
)
# whoami fails for local accounts; that is an answer (no UPN), not a failure of the probe.
$ErrorActionPreference = 'Continue'

$upn = $null
$upnText = $null | & whoami.exe /upn 2>$null
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
ConvertTo-Json -InputObject $result -Depth 5 -Compress
exit 0
