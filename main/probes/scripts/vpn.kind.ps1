# Probe vpn.kind (issue 16a): the facts that say which kind of VPN this device uses, collected and
# not judged (common/engine/rules/vpn-kind.ts decides). Read-only and safe as SYSTEM:
# - RasMan's Always On entries (AutoTriggerProfileEntryName under Services\RasMan\Config for the user
#   tunnel and Services\RasMan\DeviceTunnel for the device tunnel), and the MDM WMI bridge's
#   MDM_VPNv2_01 profiles with AlwaysOn/DeviceTunnel (readable as SYSTEM only);
# - installed VPN clients from the Uninstall keys (64- and 32-bit views) and their services;
# - each client's pre-logon setting where the client keeps it (sources: test/fixtures/vpn-kind/SOURCES.md).
# One JSON object; what could not be read is listed in Unreadable with its error id, exit 0.
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

$unreadable = New-Object -TypeName System.Collections.ArrayList

function Add-Unreadable {
  param(
    [string]$Source,
    $ErrorRecord
  )
  [void]$unreadable.Add([ordered]@{ Source = $Source; ErrorId = [string]$ErrorRecord.FullyQualifiedErrorId })
}

# The values of one registry key, or $null when the key does not exist or cannot be read.
function Read-Key {
  param(
    [string]$Path
  )
  if (-not (Test-Path -LiteralPath $Path)) {
    return $null
  }
  try {
    return Get-ItemProperty -LiteralPath $Path -ErrorAction Stop
  } catch {
    Add-Unreadable -Source $Path -ErrorRecord $_
    return $null
  }
}

function Get-Value {
  param(
    $Values,
    [string]$Name
  )
  if ($null -eq $Values) {
    return $null
  }
  $property = $Values.PSObject.Properties[$Name]
  if ($null -eq $property -or $null -eq $property.Value) {
    return $null
  }
  return [string]$property.Value
}

$rasman = 'HKLM:\SYSTEM\CurrentControlSet\Services\RasMan'
$autoTrigger = [ordered]@{
  UserTunnel = Get-Value -Values (Read-Key -Path ($rasman + '\Config')) -Name 'AutoTriggerProfileEntryName'
  DeviceTunnel = Get-Value -Values (Read-Key -Path ($rasman + '\DeviceTunnel')) -Name 'AutoTriggerProfileEntryName'
}

# The WMI bridge answers only to SYSTEM; anyone else gets access denied, which is said, not fatal.
$mdmProfiles = @()
try {
  $instances = @(Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_VPNv2_01' -ErrorAction Stop)
  $mdmProfiles = @(foreach ($instance in $instances) {
      [ordered]@{
        Name = [uri]::UnescapeDataString([string]$instance.InstanceID)
        AlwaysOn = [bool]$instance.AlwaysOn
        DeviceTunnel = [bool]$instance.DeviceTunnel
      }
    })
} catch {
  Add-Unreadable -Source 'MDM_VPNv2_01' -ErrorRecord $_
}

# Only the VPN clients the engine knows are printed: the Uninstall keys hold every program.
$clientPattern = 'AnyConnect|Cisco Secure Client|GlobalProtect|FortiClient|Pulse Secure|Ivanti Secure Access|Junos Pulse'
$uninstallRoots = @(
  'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall',
  'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
)
$programs = New-Object -TypeName System.Collections.ArrayList
foreach ($root in $uninstallRoots) {
  if (-not (Test-Path -LiteralPath $root)) {
    continue
  }
  $entries = @()
  try {
    $entries = @(Get-ItemProperty -Path ($root + '\*') -ErrorAction Stop)
  } catch {
    Add-Unreadable -Source $root -ErrorRecord $_
  }
  foreach ($entry in $entries) {
    $name = Get-Value -Values $entry -Name 'DisplayName'
    if ($null -ne $name -and $name -match $clientPattern) {
      $already = $false
      foreach ($known in $programs) {
        if ($known.DisplayName -eq $name) {
          $already = $true
        }
      }
      if (-not $already) {
        [void]$programs.Add([ordered]@{
            DisplayName = $name
            DisplayVersion = Get-Value -Values $entry -Name 'DisplayVersion'
            Publisher = Get-Value -Values $entry -Name 'Publisher'
          })
      }
    }
  }
}

$serviceNames = @('vpnagent', 'csc_vpnagent', 'PanGPS', 'FA_Scheduler', 'FortiSslvpnDaemon', 'PulseSecureService', 'JuniperAccessService')
$services = @(foreach ($service in @(Get-Service -Name $serviceNames -ErrorAction SilentlyContinue)) {
    [ordered]@{
      Name = [string]$service.Name
      Status = [string]$service.Status
      StartType = [string]$service.StartType
    }
  })

$settings = New-Object -TypeName System.Collections.ArrayList
function Add-Setting {
  param(
    [string]$Client,
    [string]$Source,
    [string]$Name,
    $Value
  )
  [void]$settings.Add([ordered]@{ Client = $Client; Source = $Source; Name = $Name; Value = $Value })
}

# A client's text file, read only when it is a plain file of a sensible size.
function Read-SmallText {
  param(
    [string]$Path
  )
  try {
    $file = Get-Item -LiteralPath $Path -ErrorAction Stop
    if ($file.Length -gt 1048576) {
      return $null
    }
    return [IO.File]::ReadAllText($file.FullName)
  } catch {
    Add-Unreadable -Source $Path -ErrorRecord $_
    return $null
  }
}

$panSetup = 'HKLM:\SOFTWARE\Palo Alto Networks\GlobalProtect\PanSetup'
$prelogon = Get-Value -Values (Read-Key -Path $panSetup) -Name 'Prelogon'
if ($null -ne $prelogon) {
  Add-Setting -Client 'globalprotect' -Source $panSetup -Name 'Prelogon' -Value $prelogon
}

$fortiVpn = 'HKLM:\SOFTWARE\Fortinet\FortiClient\Sslvpn'
$beforeLogon = Get-Value -Values (Read-Key -Path $fortiVpn) -Name 'show_vpn_before_logon'
if ($null -ne $beforeLogon) {
  Add-Setting -Client 'forticlient' -Source $fortiVpn -Name 'show_vpn_before_logon' -Value $beforeLogon
}

$programData = $env:ProgramData
if ($programData) {
  $profileFolders = @(
    (Join-Path $programData 'Cisco\Cisco Secure Client\VPN\Profile'),
    (Join-Path $programData 'Cisco\Cisco AnyConnect Secure Mobility Client\Profile')
  )
  foreach ($folder in $profileFolders) {
    if (-not (Test-Path -LiteralPath $folder)) {
      continue
    }
    foreach ($file in @(Get-ChildItem -LiteralPath $folder -Filter '*.xml' -File -ErrorAction SilentlyContinue)) {
      $text = Read-SmallText -Path $file.FullName
      # A pattern, not an XML parser: nothing in the file is resolved or expanded.
      if ($null -ne $text -and $text -match '<UseStartBeforeLogon\b[^>]*>\s*(\w+)\s*</UseStartBeforeLogon>') {
        Add-Setting -Client 'anyconnect' -Source $file.FullName -Name 'UseStartBeforeLogon' -Value $Matches[1]
      }
    }
  }
  $connstore = Join-Path $programData 'Pulse Secure\ConnectionStore\connstore.dat'
  if (Test-Path -LiteralPath $connstore) {
    $text = Read-SmallText -Path $connstore
    if ($null -ne $text) {
      foreach ($match in [regex]::Matches($text, 'connection-identity:\s*"([^"]*)"')) {
        Add-Setting -Client 'pulse' -Source $connstore -Name 'connection-identity' -Value $match.Groups[1].Value
      }
    }
  }
}

$result = [ordered]@{
  AutoTrigger = $autoTrigger
  MdmProfiles = @($mdmProfiles)
  Programs = @($programs)
  Services = @($services)
  Settings = @($settings)
  Unreadable = @($unreadable)
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
