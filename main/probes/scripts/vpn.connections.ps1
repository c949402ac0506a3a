# Probe vpn.connections: all-user VPN profiles, always a JSON array, enums as their names,
# the EAP configuration as an XML string or null.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

function Get-Name {
  param(
    $Value
  )
  if ($null -eq $Value) {
    return $null
  }
  return $Value.ToString()
}

$vpnErrors = $null
$connections = @(Get-VpnConnection -AllUserConnection -ErrorAction SilentlyContinue -ErrorVariable vpnErrors)
foreach ($vpnError in @($vpnErrors)) {
  if ($null -ne $vpnError) {
    [Console]::Error.WriteLine([string]$vpnError)
  }
}

$items = @($connections | ForEach-Object {
    $vpn = $_
    $eapXml = $null
    if ($null -ne $vpn.EapConfigXmlStream) {
      $eapXml = $vpn.EapConfigXmlStream.OuterXml
    }
    $methods = @($vpn.AuthenticationMethod | ForEach-Object {
        $_.ToString()
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
ConvertTo-Json -InputObject $items -Depth 5 -Compress
exit 0
