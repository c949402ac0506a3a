# Probe device.identity: who this device is, for sessions and reports. Each value is null when it
# cannot be read, so one failing WMI class does not hide the others.
param(
  [string]$ArgsBase64 = ''
)
$ErrorActionPreference = 'Stop'

function Get-Text {
  param(
    $Value
  )
  if ($null -eq $Value) {
    return $null
  }
  $text = ([string]$Value).Trim()
  if ($text -eq '') {
    return $null
  }
  return $text
}

$serialNumber = $null
try {
  $bios = Get-CimInstance -ClassName Win32_BIOS
  $serialNumber = Get-Text -Value $bios.SerialNumber
} catch {
  [Console]::Error.WriteLine('Win32_BIOS could not be read: ' + $_.Exception.Message)
}

$manufacturer = $null
$model = $null
try {
  $system = Get-CimInstance -ClassName Win32_ComputerSystem
  $manufacturer = Get-Text -Value $system.Manufacturer
  $model = Get-Text -Value $system.Model
} catch {
  [Console]::Error.WriteLine('Win32_ComputerSystem could not be read: ' + $_.Exception.Message)
}

$osBuild = $null
try {
  $version = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  $build = Get-Text -Value $version.CurrentBuild
  if ($null -ne $build) {
    $osBuild = $build
    $ubr = Get-Text -Value $version.UBR
    if ($null -ne $ubr) {
      $osBuild = $build + '.' + $ubr
    }
  }
} catch {
  [Console]::Error.WriteLine('The Windows version could not be read: ' + $_.Exception.Message)
}

$result = [ordered]@{
  ComputerName = Get-Text -Value $env:COMPUTERNAME
  SerialNumber = $serialNumber
  Manufacturer = $manufacturer
  Model = $model
  OsBuild = $osBuild
}
ConvertTo-Json -InputObject $result -Depth 5 -Compress
exit 0
