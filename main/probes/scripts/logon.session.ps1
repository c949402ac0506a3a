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

$result = [ordered]@{
  LogonServer = $env:LOGONSERVER
  UserDnsDomain = $env:USERDNSDOMAIN
  Upn = $upn
  ComputerName = $env:COMPUTERNAME
  LogonType = $logonType
}
ConvertTo-Json -InputObject $result -Depth 5 -Compress
exit 0
