# Probe net.route: the interface Windows sends traffic to one address through (Find-NetRoute), and
# what that interface is: its IANA ifType (23 = PPP, a built-in VPN connection; 131 = tunnel), name,
# index and driver description, with the next hop and the source address. One JSON object; no route
# is an answer (Found = false), exit 0. The engine decides VPN or LAN (common/engine/parsers/net-route.ts).
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

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$address = [string]$probeArgs.address
$parsed = $null
# An IP address only: it is passed to Find-NetRoute as data, and a name would need DNS first.
if (-not [System.Net.IPAddress]::TryParse($address, [ref]$parsed)) {
  [Console]::Error.WriteLine('net.route needs an IPv4 or IPv6 address.')
  exit 87
}

$result = [ordered]@{
  Address = $parsed.ToString()
  Found = $false
  InterfaceIndex = $null
  InterfaceAlias = $null
  InterfaceType = $null
  InterfaceDescription = $null
  NextHop = $null
  DestinationPrefix = $null
  SourceAddress = $null
}
$items = @()
try {
  $items = @(Find-NetRoute -RemoteIPAddress $parsed.ToString() -ErrorAction Stop)
} catch {
  [Console]::Error.WriteLine('Find-NetRoute found no route: ' + $_.Exception.Message)
}
# Find-NetRoute writes the source address (MSFT_NetIPAddress) and the route (MSFT_NetRoute).
foreach ($item in $items) {
  if ($null -ne $item.PSObject.Properties['NextHop']) {
    $result.Found = $true
    $result.InterfaceIndex = [int]$item.InterfaceIndex
    $result.InterfaceAlias = [string]$item.InterfaceAlias
    $result.NextHop = [string]$item.NextHop
    $result.DestinationPrefix = [string]$item.DestinationPrefix
  } elseif ($null -ne $item.PSObject.Properties['IPAddress']) {
    $result.SourceAddress = [string]$item.IPAddress
  }
}
if ($result.Found) {
  # The ifType is a number Windows does not translate; the description is the driver's name.
  $adapter = $null
  try {
    $adapter = @(Get-NetAdapter -InterfaceIndex $result.InterfaceIndex -IncludeHidden -ErrorAction Stop)[0]
  } catch {
    $adapter = $null
  }
  if ($null -ne $adapter) {
    $result.InterfaceType = [int]$adapter.InterfaceType
    $result.InterfaceDescription = [string]$adapter.InterfaceDescription
  } else {
    # A RAS connection is not always a NetAdapter; .NET lists it with its PPP type.
    foreach ($nic in [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces()) {
      $index = $null
      try {
        $index = $nic.GetIPProperties().GetIPv4Properties().Index
      } catch {
        $index = $null
      }
      if ($index -eq $result.InterfaceIndex) {
        $result.InterfaceType = [int]$nic.NetworkInterfaceType
        $result.InterfaceDescription = [string]$nic.Description
      }
    }
  }
}
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
