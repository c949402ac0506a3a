# A mocked Windows device for the fleet tests, under real pwsh on Linux (dot-source it first).
# The device is a JSON file named by $env:HVV_FLEET_DEVICE (see test/unit/main/fleet/devices.ts):
# registry values, enrollments, VPN profiles, certificate specs and, for vpn.kind, its `vpnKind`
# (registry keys, installed programs, services, MDM_VPNv2_01 profiles; client files are real files
# under the stand-in %ProgramData%). Windows-only reads are
# functions that stand in for the cmdlets (every other path goes to the real cmdlet); native
# programs are shims in a stand-in System32 and on PATH; the Autopilot cache is a real file under
# a stand-in %windir%. Every function reads the device file itself, because the detection script
# copies functions, not variables, into the runspace each probe runs in.

function Get-FleetDevice {
  return (Get-Content -LiteralPath $env:HVV_FLEET_DEVICE -Raw | ConvertFrom-Json)
}

function New-FleetCertificate {
  param($Spec)
  $key = [System.Security.Cryptography.ECDsa]::Create([System.Security.Cryptography.ECCurve+NamedCurves]::nistP256)
  $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
    [string]$Spec.subject, $key, [System.Security.Cryptography.HashAlgorithmName]::SHA256)
  if ($null -ne $Spec.eku) {
    $oids = [System.Security.Cryptography.OidCollection]::new()
    foreach ($value in @($Spec.eku)) {
      [void]$oids.Add([System.Security.Cryptography.Oid]::new([string]$value))
    }
    $request.CertificateExtensions.Add(
      [System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($oids, $false))
  }
  $now = [DateTimeOffset]::UtcNow
  $cert = $request.CreateSelfSigned($now.AddDays([double]$Spec.notBeforeDays), $now.AddDays([double]$Spec.notAfterDays))
  $key.Dispose()
  if ($Spec.privateKey -eq $false) {
    return [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($cert.RawData)
  }
  return $cert
}

function Test-FleetRegistryPath {
  param([string]$Path)
  return ($Path -like 'HKLM:*' -or $Path -like 'Registry::*' -or $Path -like 'Microsoft.PowerShell.Core\Registry::*')
}

function Get-FleetVpnKind {
  # The device's vpn.kind facts; a device without them has none of the keys, programs or services.
  param([string]$Name)
  $kind = (Get-FleetDevice).vpnKind
  if ($null -eq $kind) {
    return $null
  }
  return $kind.PSObject.Properties[$Name].Value
}

function Get-FleetUninstallRoots {
  return @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall',
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
  )
}

function Get-FleetRegistryValues {
  # $null when the key does not exist on the mocked device.
  param([string]$Path)
  $device = Get-FleetDevice
  $registry = Get-FleetVpnKind -Name 'registry'
  if ($null -ne $registry -and $null -ne $registry.PSObject.Properties[$Path]) {
    return $registry.PSObject.Properties[$Path].Value
  }
  if ($Path -like '*\Windows NT\CurrentVersion') {
    return $device.os
  }
  if ($Path -like '*\Provisioning\Diagnostics\Autopilot') {
    return $device.autopilotRegistry
  }
  if ($Path -match '\\Enrollments\\([^\\]+)$') {
    $id = $Matches[1]
    return @($device.enrollments | Where-Object { $_.id -eq $id })[0]
  }
  return $null
}

function Get-ItemProperty {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0)] [string]$Path,
    [string]$LiteralPath,
    [string]$Name
  )
  $target = $Path
  if ($LiteralPath) {
    $target = $LiteralPath
  }
  if (-not (Test-FleetRegistryPath -Path $target)) {
    return Microsoft.PowerShell.Management\Get-ItemProperty -LiteralPath $target
  }
  if ($target -like '*\Uninstall\*') {
    # The installed programs, all under the 64-bit view (the probe reads both).
    if ($target -eq ((Get-FleetUninstallRoots)[0] + '\*')) {
      return @(Get-FleetVpnKind -Name 'programs' | Where-Object { $null -ne $_ })
    }
    return @()
  }
  $values = Get-FleetRegistryValues -Path $target
  if ($null -eq $values) {
    # The real error for a missing key: ObjectNotFound.
    return Microsoft.PowerShell.Management\Get-ItemProperty -LiteralPath ('/nonexistent/hvv/' + [guid]::NewGuid())
  }
  $copy = [ordered]@{}
  foreach ($property in $values.PSObject.Properties) {
    if ($property.Name -ne 'id') {
      $copy[$property.Name] = $property.Value
    }
  }
  $copy['PSPath'] = 'Microsoft.PowerShell.Core\Registry::' + $target
  return [pscustomobject]$copy
}

function Test-Path {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0)] [string]$Path,
    [string]$LiteralPath,
    [string]$PathType
  )
  $target = $Path
  if ($LiteralPath) {
    $target = $LiteralPath
  }
  if (-not (Test-FleetRegistryPath -Path $target)) {
    if ($PathType) {
      return Microsoft.PowerShell.Management\Test-Path -LiteralPath $target -PathType $PathType
    }
    return Microsoft.PowerShell.Management\Test-Path -LiteralPath $target
  }
  if ($target -like '*\Enrollments' -or (Get-FleetUninstallRoots) -contains $target) {
    return $true
  }
  return ($null -ne (Get-FleetRegistryValues -Path $target))
}

function Get-ChildItem {
  [CmdletBinding()]
  param(
    [Parameter(Position = 0)] [string]$Path,
    [string]$LiteralPath,
    [string]$Filter,
    [switch]$File
  )
  $target = $Path
  if ($LiteralPath) {
    $target = $LiteralPath
  }
  $device = Get-FleetDevice
  if ($target -eq 'Cert:\LocalMachine\My') {
    return @($device.machineCerts | ForEach-Object { New-FleetCertificate -Spec $_ })
  }
  if ($target -eq 'Cert:\CurrentUser\My') {
    return @($device.userCerts | ForEach-Object { New-FleetCertificate -Spec $_ })
  }
  if ($target -like '*\Enrollments') {
    return @($device.enrollments | ForEach-Object {
        [pscustomobject]@{ PSChildName = $_.id; PSPath = 'Microsoft.PowerShell.Core\Registry::' + $target + '\' + $_.id }
      })
  }
  # -File exists on the file system only (the detection script lists function: too).
  $options = @{ LiteralPath = $target }
  if ($Filter) { $options['Filter'] = $Filter }
  if ($File) { $options['File'] = $true }
  return Microsoft.PowerShell.Management\Get-ChildItem @options
}

function Get-Service {
  [CmdletBinding()]
  param([string[]]$Name)
  foreach ($service in @(Get-FleetVpnKind -Name 'services')) {
    if ($null -ne $service -and $Name -contains $service.Name) {
      $service
    }
  }
}

function Get-CimInstance {
  # MDM_VPNv2_01 answers SYSTEM only: a device without `mdm` is read as another account, denied.
  [CmdletBinding()]
  param([string]$Namespace, [string]$ClassName, [string]$Filter)
  $profiles = Get-FleetVpnKind -Name 'mdm'
  if ($ClassName -ne 'MDM_VPNv2_01' -or $null -eq $profiles) {
    throw [System.UnauthorizedAccessException]::new('Access denied')
  }
  @($profiles | Where-Object { $null -ne $_ })
}

function Get-VpnConnection {
  [CmdletBinding()]
  param([switch]$AllUserConnection, [string]$Name)
  $device = Get-FleetDevice
  foreach ($vpn in @($device.vpn)) {
    if ($null -eq $vpn) {
      continue
    }
    $stream = $null
    if ($vpn.EapConfigXml) {
      $stream = [xml]$vpn.EapConfigXml
    }
    [pscustomobject]@{
      Name = $vpn.Name
      ServerAddress = $vpn.ServerAddress
      AllUserConnection = $vpn.AllUserConnection
      TunnelType = $vpn.TunnelType
      AuthenticationMethod = @($vpn.AuthenticationMethod)
      EncryptionLevel = 'Required'
      L2tpIPsecAuth = $vpn.L2tpIPsecAuth
      SplitTunneling = $false
      ConnectionStatus = 'Disconnected'
      RememberCredential = $false
      UseWinlogonCredential = $false
      DnsSuffix = $null
      IdleDisconnectSeconds = 0
      Guid = '{00000000-0000-0000-0000-000000000000}'
      ProfileType = 'Eap'
      PluginApplicationID = $vpn.PluginApplicationID
      EapConfigXmlStream = $stream
    }
  }
}
