# Probe vpn.connections: all-user VPN profiles, always a JSON array, enums as their names,
# the EAP configuration as an XML string or null.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
# Windows PowerShell 5.1 serializes arrays wrapped in PSObject as {value, Count}; this type data is why.
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

function Get-Name {
  param(
    $Value
  )
  if ($null -eq $Value) {
    return $null
  }
  return $Value.ToString()
}

# "No all-user profile" is an answer ([]); any other error is a failure of the probe.
function Test-NotFound {
  param(
    $ErrorRecord
  )
  if ([string]$ErrorRecord.CategoryInfo.Category -eq 'ObjectNotFound') {
    return $true
  }
  return ([string]$ErrorRecord.FullyQualifiedErrorId) -like 'VPN 1168,*'
}

$vpnErrors = $null
$connections = @()
try {
  $connections = @(Get-VpnConnection -AllUserConnection -ErrorAction SilentlyContinue -ErrorVariable vpnErrors)
} catch {
  $vpnErrors = @($_)
}
$failed = $false
foreach ($vpnError in @($vpnErrors)) {
  if ($null -ne $vpnError -and -not (Test-NotFound -ErrorRecord $vpnError)) {
    [Console]::Error.WriteLine('Get-VpnConnection failed: ' + [string]$vpnError)
    $failed = $true
  }
}
if ($failed) {
  exit 1
}

# foreach statements, not pipelines: piping $null into ForEach-Object runs its block once.
$items = @(foreach ($vpn in $connections) {
    $eapXml = $null
    $stream = $vpn.EapConfigXmlStream
    if ($null -ne $stream) {
      if ($stream -is [System.Xml.XmlNode]) {
        $eapXml = $stream.OuterXml
      } else {
        $eapXml = [string]$stream
      }
    }
    $methods = @(foreach ($method in @($vpn.AuthenticationMethod)) {
        if ($null -ne $method) {
          $method.ToString()
        }
      })
    [ordered]@{
      Name = Get-Name -Value $vpn.Name
      ServerAddress = Get-Name -Value $vpn.ServerAddress
      AllUserConnection = [bool]$vpn.AllUserConnection
      TunnelType = Get-Name -Value $vpn.TunnelType
      AuthenticationMethod = $methods
      EncryptionLevel = Get-Name -Value $vpn.EncryptionLevel
      L2tpIPsecAuth = Get-Name -Value $vpn.L2tpIPsecAuth
      SplitTunneling = [bool]$vpn.SplitTunneling
      ConnectionStatus = Get-Name -Value $vpn.ConnectionStatus
      RememberCredential = [bool]$vpn.RememberCredential
      UseWinlogonCredential = [bool]$vpn.UseWinlogonCredential
      DnsSuffix = Get-Name -Value $vpn.DnsSuffix
      IdleDisconnectSeconds = $vpn.IdleDisconnectSeconds
      Guid = Get-Name -Value $vpn.Guid
      ProfileType = Get-Name -Value $vpn.ProfileType
      PluginApplicationID = Get-Name -Value $vpn.PluginApplicationID
      EapConfigXml = $eapXml
    }
  })
ConvertTo-AsciiJson -InputObject $items -Depth 5
exit 0
