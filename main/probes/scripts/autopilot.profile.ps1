# Probe autopilot.profile: the Autopilot diagnostics registry values and the cached profile
# (the same file Microsoft's Autopilot diagnostics read). Either part is null when absent;
# ztdFilePath names the file that was read. Access denied exits 5 (run elevated), never "absent".
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

function Test-AccessDenied {
  param(
    $ErrorRecord
  )
  $exception = $ErrorRecord.Exception
  if ($exception -is [System.UnauthorizedAccessException] -or $exception -is [System.Security.SecurityException]) {
    return $true
  }
  return [string]$ErrorRecord.CategoryInfo.Category -eq 'PermissionDenied'
}

$providerProperties = @('PSPath', 'PSParentPath', 'PSChildName', 'PSDrive', 'PSProvider')
# Access denied is not "absent": without elevation the profile cannot be read, and saying "no
# profile" would send the technician after the wrong problem.
$denied = @()

$registry = $null
$registryPath = 'HKLM:\SOFTWARE\Microsoft\Provisioning\Diagnostics\Autopilot'
try {
  # Read directly: Test-Path answers "no" for a key it may not open, which would read as absent.
  $values = Get-ItemProperty -LiteralPath $registryPath -ErrorAction Stop
  $registry = [ordered]@{}
  if ($null -ne $values) {
    foreach ($property in $values.PSObject.Properties) {
      if ($providerProperties -notcontains $property.Name) {
        $registry[$property.Name] = $property.Value
      }
    }
  }
} catch {
  if (Test-AccessDenied -ErrorRecord $_) {
    $denied += $registryPath
  } elseif ([string]$_.CategoryInfo.Category -ne 'ObjectNotFound') {
    throw
  }
}

# The cached profile: wmansvc on current Windows, ServiceState\Autopilot on older builds.
$windows = $env:SystemRoot
if ([string]::IsNullOrEmpty($windows)) {
  $windows = $env:windir
}
$serviceState = Join-Path -Path $windows -ChildPath 'ServiceState'
$candidates = @(
  (Join-Path -Path (Join-Path -Path $serviceState -ChildPath 'wmansvc') -ChildPath 'AutopilotDDSZTDFile.json'),
  (Join-Path -Path (Join-Path -Path $serviceState -ChildPath 'Autopilot') -ChildPath 'AutopilotDDSZTDFile.json')
)
$ztdFile = $null
$ztdFilePath = $null
foreach ($candidate in $candidates) {
  $text = $null
  try {
    $text = Get-Content -LiteralPath $candidate -Raw -Encoding UTF8 -ErrorAction Stop
  } catch {
    if (Test-AccessDenied -ErrorRecord $_) {
      $denied += $candidate
    }
    continue
  }
  $ztdFilePath = $candidate
  try {
    $ztdFile = $text | ConvertFrom-Json
  } catch {
    # A damaged cache reads as "no profile"; the message still reaches the evidence.
    [Console]::Error.WriteLine('The cached Autopilot profile could not be read: ' + $_.Exception.Message)
    $ztdFile = $null
  }
  break
}

if ($denied.Count -gt 0) {
  [Console]::Error.WriteLine('Access is denied to ' + ($denied -join ', ') + ': run the validator elevated (as administrator) to read the Autopilot profile.')
  exit 5
}

$result = [ordered]@{
  registry = $registry
  ztdFile = $ztdFile
  ztdFilePath = $ztdFilePath
}
ConvertTo-AsciiJson -InputObject $result -Depth 10
exit 0
