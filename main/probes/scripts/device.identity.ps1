# Probe device.identity: who this device is, for sessions and reports. Each value is null when it
# cannot be read, so one failing WMI class does not hide the others.
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
ConvertTo-AsciiJson -InputObject $result -Depth 5
exit 0
