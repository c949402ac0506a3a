# TESTS ONLY. Dot-sourced by a PowerShell session the runner starts with its testSessionPreload
# option (refused in the packaged app; nothing reads it from the environment). Turns this Linux
# pwsh into the device described by the JSON file $env:HVV_E2E_DEVICE: the Windows-only commands
# the probe scripts call (Get-VpnConnection, Get-CimInstance, Get-HotFix, the registry and Cert:
# providers) become global functions answering from that description, with objects shaped like
# the real ones (certificates are real X509Certificate2). Native programs are the shims of the
# stand-in System32 that $env:SystemRoot points at. Everything else passes to the real cmdlets.
$global:HvvDevice = Get-Content -LiteralPath $env:HVV_E2E_DEVICE -Raw -Encoding UTF8 | ConvertFrom-Json

function global:ConvertTo-HvvObject {
  param($Values)
  $object = [ordered]@{}
  if ($null -ne $Values) {
    foreach ($property in $Values.PSObject.Properties) {
      if ($null -ne $property.Value) {
        $object[$property.Name] = $property.Value
      }
    }
  }
  [pscustomobject]$object
}

function global:Get-HvvRegistryValues {
  param([string]$Key)
  $device = $global:HvvDevice
  if ($Key -eq 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion') {
    return ConvertTo-HvvObject $device.osVersion
  }
  if ($Key -eq 'HKLM:\SOFTWARE\Microsoft\Provisioning\Diagnostics\Autopilot' -and $null -ne $device.autopilotRegistry) {
    return ConvertTo-HvvObject $device.autopilotRegistry
  }
  foreach ($enrollment in @($device.enrollments)) {
    if ($null -ne $enrollment -and $Key -eq ('HKLM:\SOFTWARE\Microsoft\Enrollments\' + $enrollment.EnrollmentId)) {
      return ConvertTo-HvvObject $enrollment
    }
  }
  return $null
}

function global:Get-ItemProperty {
  [CmdletBinding()]
  param([Parameter(Position = 0)] [string[]]$Path, [string[]]$LiteralPath, [Parameter(Position = 1)] [string[]]$Name)
  $key = @($LiteralPath + $Path | Where-Object { $_ })[0]
  if ($key -like 'HKLM:*') {
    $values = Get-HvvRegistryValues -Key $key
    if ($null -eq $values) {
      $exception = [System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$key' because it does not exist.")
      $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($exception, 'PathNotFound', 'ObjectNotFound', $key))
      return
    }
    return $values
  }
  Microsoft.PowerShell.Management\Get-ItemProperty @PSBoundParameters
}

function global:Test-Path {
  [CmdletBinding()]
  param([Parameter(Position = 0)] [string[]]$Path, [string[]]$LiteralPath, [string]$PathType)
  $key = @($LiteralPath + $Path | Where-Object { $_ })[0]
  if ($key -eq 'HKLM:\SOFTWARE\Microsoft\Enrollments') {
    return $true
  }
  if ($key -like 'HKLM:*') {
    return $null -ne (Get-HvvRegistryValues -Key $key)
  }
  Microsoft.PowerShell.Management\Test-Path @PSBoundParameters
}

function global:New-HvvCertificate {
  param($Spec)
  # ECDSA P-256: created in a millisecond, where an RSA key takes a noticeable fraction of a second.
  $key = [System.Security.Cryptography.ECDsa]::Create([System.Security.Cryptography.ECCurve+NamedCurves]::nistP256)
  try {
    $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
      [string]$Spec.Subject, $key, [System.Security.Cryptography.HashAlgorithmName]::SHA256)
    $usages = @($Spec.EnhancedKeyUsage | Where-Object { $null -ne $_ })
    if ($usages.Count -gt 0) {
      $oids = [System.Security.Cryptography.OidCollection]::new()
      foreach ($usage in $usages) {
        [void]$oids.Add([System.Security.Cryptography.Oid]::new([string]$usage.ObjectId))
      }
      $request.CertificateExtensions.Add([System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($oids, $false))
    }
    $notBefore = [datetimeoffset]::Parse([string]$Spec.NotBefore, [cultureinfo]::InvariantCulture)
    $notAfter = [datetimeoffset]::Parse([string]$Spec.NotAfter, [cultureinfo]::InvariantCulture)
    $cert = $request.CreateSelfSigned($notBefore, $notAfter)
    if ($Spec.HasPrivateKey -eq $true) {
      return $cert
    }
    return [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($cert.RawData)
  } finally {
    $key.Dispose()
  }
}

function global:Get-ChildItem {
  [CmdletBinding()]
  param([Parameter(Position = 0)] [string[]]$Path, [string[]]$LiteralPath, [string]$Filter, [switch]$Recurse, [switch]$Force)
  $where = @($LiteralPath + $Path | Where-Object { $_ })[0]
  if ($where -eq 'HKLM:\SOFTWARE\Microsoft\Enrollments') {
    foreach ($enrollment in @($global:HvvDevice.enrollments | Where-Object { $null -ne $_ })) {
      [pscustomobject]@{ PSChildName = [string]$enrollment.EnrollmentId; PSPath = ($where + '\' + $enrollment.EnrollmentId) }
    }
    return
  }
  if ($where -eq 'Cert:\LocalMachine\My') {
    foreach ($spec in @($global:HvvDevice.certMachine | Where-Object { $null -ne $_ })) { New-HvvCertificate $spec }
    return
  }
  if ($where -eq 'Cert:\CurrentUser\My') {
    foreach ($spec in @($global:HvvDevice.certUser | Where-Object { $null -ne $_ })) { New-HvvCertificate $spec }
    return
  }
  Microsoft.PowerShell.Management\Get-ChildItem @PSBoundParameters
}

function global:Get-VpnConnection {
  [CmdletBinding()]
  param([switch]$AllUserConnection, [string]$Name)
  $connections = @($global:HvvDevice.vpnConnections | Where-Object { $null -ne $_ })
  if ($connections.Count -eq 0) {
    # What Windows answers when there is no all-user profile.
    $exception = [System.Management.Automation.ItemNotFoundException]::new('VPN connection  was not found.')
    $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($exception, 'VPN 1168,Get-VpnConnection', 'ObjectNotFound', $null))
    return
  }
  foreach ($vpn in $connections) {
    $object = ConvertTo-HvvObject $vpn
    $stream = $null
    if ($null -ne $vpn.EapConfigXml) {
      $stream = [xml][string]$vpn.EapConfigXml
    }
    $object | Add-Member -NotePropertyName EapConfigXmlStream -NotePropertyValue $stream
    $object | Add-Member -NotePropertyName AuthenticationMethod -NotePropertyValue @($vpn.AuthenticationMethod) -Force
    $object
  }
}

function global:Get-HotFix {
  [CmdletBinding()]
  param([string]$Id)
  foreach ($fix in @($global:HvvDevice.hotfixes | Where-Object { $null -ne $_ })) { ConvertTo-HvvObject $fix }
}

function global:Get-CimInstance {
  [CmdletBinding()]
  param([string]$ClassName, [string]$Filter)
  if ($ClassName -eq 'Win32_Process') {
    return [pscustomobject]@{ ProcessId = $PID }
  }
  throw ('Invalid class ' + $ClassName)
}

function global:Get-CimAssociatedInstance {
  [CmdletBinding()]
  param($InputObject, [string]$ResultClassName)
  if ($null -ne $global:HvvDevice.logon -and $null -ne $global:HvvDevice.logon.LogonType) {
    [pscustomobject]@{ LogonType = [int]$global:HvvDevice.logon.LogonType }
  }
}

if ($null -ne $global:HvvDevice.logon) {
  $env:LOGONSERVER = $global:HvvDevice.logon.LogonServer
  $env:USERDNSDOMAIN = $global:HvvDevice.logon.UserDnsDomain
  $env:COMPUTERNAME = $global:HvvDevice.logon.ComputerName
}
