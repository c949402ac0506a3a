# Probe events.vpn: the built-in VPN client's own record (source RasClient in the Application log):
# 20221 dialing started, 20222 connecting the device, 20223 device connected, 20224 link established,
# 20225 connected, 20226 disconnected (with its reason code), 20227 failed (with its RAS error code).
# Args: {since} (ISO-8601; default the last boot). One JSON object {Since, Events, Unreadable}.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

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

# --- hvv:event-window begin: the same lines in events.vpn and events.join ---
# The window starts at args.since (ISO-8601) or, without it, at the last boot. Each event keeps its
# id, its time in UTC, its level and its insertion strings (Properties) in their real order: the
# engine reads ids and the numbers in them, never the message, which is in the device's language.
function Get-WindowStart {
  param(
    $ProbeArgs
  )
  $raw = $ProbeArgs.since
  # PowerShell 7's ConvertFrom-Json already turns an ISO-8601 string into a DateTime; 5.1 does not.
  if ($raw -is [datetime]) {
    return $raw.ToUniversalTime()
  }
  $since = [string]$raw
  if (-not [string]::IsNullOrEmpty($since)) {
    if ($since -notmatch '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$') {
      return $null
    }
    return [datetime]::Parse($since, [Globalization.CultureInfo]::InvariantCulture, [Globalization.DateTimeStyles]::AdjustToUniversal)
  }
  $os = Get-CimInstance -ClassName Win32_OperatingSystem -ErrorAction Stop
  return ([datetime]$os.LastBootUpTime).ToUniversalTime()
}

function ConvertTo-EventRecord {
  param(
    $WinEvent,
    [string]$Log
  )
  $data = @()
  foreach ($property in @($WinEvent.Properties)) {
    if ($null -eq $property.Value) {
      $data += ''
    } else {
      $data += [string]$property.Value
    }
  }
  [ordered]@{
    Log = $Log
    Id = [int]$WinEvent.Id
    Time = ([datetime]$WinEvent.TimeCreated).ToUniversalTime().ToString('o')
    Level = [int]$WinEvent.Level
    Data = @($data)
  }
}

function Read-EventLog {
  # Returns the events, or adds the log to $Unreadable with the error id (not its localized text).
  # "No events" is an answer: Get-WinEvent reports it as the NoMatchingEventsFound error.
  param(
    [hashtable]$Filter,
    [int]$MaxEvents,
    [System.Collections.ArrayList]$Unreadable
  )
  try {
    return @(Get-WinEvent -FilterHashtable $Filter -MaxEvents $MaxEvents -ErrorAction Stop)
  } catch {
    $id = [string]$_.FullyQualifiedErrorId
    if ($id -like 'NoMatchingEventsFound*') {
      return @()
    }
    [void]$Unreadable.Add([ordered]@{ Log = [string]$Filter.LogName; ErrorId = $id })
    return @()
  }
}
# --- hvv:event-window end ---

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$start = Get-WindowStart -ProbeArgs $probeArgs
if ($null -eq $start) {
  [Console]::Error.WriteLine('since must be an ISO-8601 time such as 2026-11-24T08:00:00Z.')
  exit 87
}
$unreadable = New-Object -TypeName System.Collections.ArrayList
$filter = @{
  LogName = 'Application'
  ProviderName = 'RasClient'
  Id = @(20221, 20222, 20223, 20224, 20225, 20226, 20227)
  StartTime = $start
}
$events = @()
foreach ($event in (Read-EventLog -Filter $filter -MaxEvents 500 -Unreadable $unreadable)) {
  $events += ConvertTo-EventRecord -WinEvent $event -Log 'Application'
}
$result = [ordered]@{
  Since = $start.ToString('o')
  Events = @($events | Sort-Object -Property { $_.Time })
  Unreadable = @($unreadable)
}
ConvertTo-AsciiJson -InputObject $result -Depth 6
exit 0
