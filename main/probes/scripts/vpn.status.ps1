# Probe vpn.status (issue 16a): whether a VPN tunnel is up now. For a connection that connects by
# itself (Always On), it waits on the device up to waitSeconds (at most 60) for the named connection
# to be Connected, checking every 2 seconds, so the step needs no rasdial; the live runner's timeout
# and cancel stop it like any probe. Lists the network adapters that are up, for a third-party
# client's virtual adapter (the engine recognises its driver description). One JSON object, exit 0.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

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

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$name = ''
if ($null -ne $probeArgs.PSObject.Properties['name'] -and $null -ne $probeArgs.name) {
  $name = [string]$probeArgs.name
}
$wait = 0
if ($null -ne $probeArgs.PSObject.Properties['waitSeconds']) {
  $parsed = 0
  if (-not [int]::TryParse([string]$probeArgs.waitSeconds, [ref]$parsed) -or $parsed -lt 0 -or $parsed -gt 60) {
    [Console]::Error.WriteLine('vpn.status needs waitSeconds between 0 and 60.')
    exit 87
  }
  $wait = $parsed
}

# All-user connections (a device tunnel) and the signed-in user's own (a user tunnel).
function Read-Connections {
  $found = @()
  foreach ($allUsers in @($true, $false)) {
    try {
      if ($allUsers) {
        $found += @(Get-VpnConnection -AllUserConnection -ErrorAction Stop)
      } else {
        $found += @(Get-VpnConnection -ErrorAction Stop)
      }
    } catch {
      # No connection of that scope (or none readable as SYSTEM) is not a failure of the probe.
      $found += @()
    }
  }
  return @(foreach ($vpn in $found) {
      [ordered]@{ Name = [string]$vpn.Name; ConnectionStatus = [string]$vpn.ConnectionStatus }
    })
}

function Test-Connected {
  param(
    $Connections,
    [string]$Name
  )
  foreach ($connection in $Connections) {
    if ($connection.Name -eq $Name -and $connection.ConnectionStatus -eq 'Connected') {
      return $true
    }
  }
  return $false
}

$started = [DateTime]::UtcNow
$deadline = $started.AddSeconds($wait)
$connections = @(Read-Connections)
while ($name -ne '' -and -not (Test-Connected -Connections $connections -Name $name) -and [DateTime]::UtcNow -lt $deadline) {
  Start-Sleep -Seconds 2
  $connections = @(Read-Connections)
}
$waited = [int][Math]::Floor(([DateTime]::UtcNow - $started).TotalSeconds)

$adapters = @()
try {
  $adapters = @(foreach ($adapter in @(Get-NetAdapter -ErrorAction Stop)) {
      if ([string]$adapter.Status -eq 'Up') {
        [ordered]@{
          Name = [string]$adapter.Name
          InterfaceDescription = [string]$adapter.InterfaceDescription
          Status = [string]$adapter.Status
          InterfaceType = [int]$adapter.InterfaceType
        }
      }
    })
} catch {
  [Console]::Error.WriteLine('Get-NetAdapter failed: ' + $_.Exception.Message)
}

$result = [ordered]@{
  WaitedSeconds = $waited
  Connections = @($connections)
  Adapters = @($adapters)
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
