# --- hvv fleet runtime: runs the probe scripts above, reduces their answers, prints one line ---
# Windows PowerShell 5.1 and PowerShell 7; no module, nothing downloaded, nothing written.

$ErrorActionPreference = 'Stop'
# Intune marks the run as failed when anything reaches stderr: the probes' own messages (a missing
# VPN module, an unreadable key) go to a sink; only a failure of this script reaches the real stderr.
$HvvRealError = [Console]::Error
[Console]::SetError((New-Object -TypeName System.IO.StringWriter))
$HvvStarted = [DateTime]::UtcNow
$HvvDeadline = $HvvStarted.AddSeconds($HvvBudgetSeconds)
$HvvNow = $HvvStarted.ToString('yyyy-MM-ddTHH:mm:ssZ')
$HvvNowSeconds = [DateTimeOffset]::new([DateTime]::SpecifyKind($HvvStarted, [DateTimeKind]::Utc)).ToUnixTimeSeconds()

function New-HvvSessionState {
  # Each probe runs in its own runspace, so one that hangs can be abandoned at the deadline and
  # its `exit` ends only itself. The runspaces see the commands of the session that started this
  # script: none on a device, the project's stand-ins for Windows cmdlets in its tests.
  $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
  $known = @{}
  foreach ($entry in $state.Commands) {
    if ($entry -is [System.Management.Automation.Runspaces.SessionStateFunctionEntry]) {
      $known[$entry.Name] = $true
    }
  }
  foreach ($function in @(Get-ChildItem -Path 'function:')) {
    if (-not $known.ContainsKey($function.Name) -and $function.Name -notlike '*-Hvv*') {
      $state.Commands.Add((New-Object -TypeName System.Management.Automation.Runspaces.SessionStateFunctionEntry -ArgumentList $function.Name, $function.Definition))
    }
  }
  return $state
}

function Start-HvvProbe {
  param(
    [string]$Id,
    $ProbeArgs
  )
  $json = ConvertTo-Json -InputObject $ProbeArgs -Compress
  $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
  $runspace = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace($HvvSessionState)
  $runspace.Open()
  $shell = [System.Management.Automation.PowerShell]::Create()
  $shell.Runspace = $runspace
  [void]$shell.AddScript($HvvProbeScripts[$Id]).AddParameter('ArgsBase64', $encoded)
  return @{ Shell = $shell; Runspace = $runspace; Handle = $shell.BeginInvoke() }
}

function Complete-HvvProbe {
  # Returns @{ Code; Out } or @{ TimedOut = $true }.
  param(
    $Job
  )
  $left = [int][Math]::Max(0, ($HvvDeadline - [DateTime]::UtcNow).TotalMilliseconds)
  if (-not $Job.Handle.AsyncWaitHandle.WaitOne($left)) {
    [void]$Job.Shell.BeginStop($null, $null)
    $script:HvvAbandoned = $true
    return @{ TimedOut = $true }
  }
  $code = 0
  $lines = @()
  try {
    $output = $Job.Shell.EndInvoke($Job.Handle)
    $last = $Job.Runspace.SessionStateProxy.GetVariable('LASTEXITCODE')
    if ($null -ne $last) {
      $code = [int]$last
    }
    foreach ($item in $output) {
      $lines += [string]$item
    }
  } catch {
    # The probe threw: the contract's "non-zero when it threw".
    $code = 1
  }
  $Job.Shell.Dispose()
  $Job.Runspace.Dispose()
  return @{ Code = $code; Out = ($lines -join "`n") }
}

function Get-HvvText {
  # At most $Max characters, each one character in the line on 5.1 and 7 alike: non-ASCII letters
  # and the characters JSON or 5.1 escape become '?' (used where a person reads the value, or for
  # ASCII enum names).
  param(
    $Value,
    [int]$Max
  )
  if ($null -eq $Value) {
    return ''
  }
  $text = [regex]::Replace([string]$Value, '[^\x20-\x7e]|["\\<>&'']', '?')
  if ($text.Length -gt $Max) {
    $text = $text.Substring(0, $Max)
  }
  return $text
}

function Limit-HvvLine {
  # A native output line kept as printed (the engine reads its words, accents included), cut so it
  # costs at most $Budget characters once JSON-escaped (\uXXXX is six).
  param(
    [string]$Line,
    [int]$Budget
  )
  $cost = 0
  $length = 0
  foreach ($character in $Line.ToCharArray()) {
    $code = [int]$character
    $size = 6
    if ($code -eq 34 -or $code -eq 92) {
      $size = 2
    } elseif ($code -eq 38 -or $code -eq 39 -or $code -eq 60 -or $code -eq 62) {
      # Windows PowerShell 5.1 writes & ' < > as \u0026 \u0027 \u003c \u003e.
      $size = 6
    } elseif ($code -ge 32 -and $code -le 126) {
      $size = 1
    }
    if ($cost + $size -gt $Budget) {
      break
    }
    $cost += $size
    $length += 1
  }
  return $Line.Substring(0, $length)
}

function ConvertFrom-HvvJson {
  param(
    [string]$Text
  )
  return ConvertFrom-Json -InputObject $Text
}

function Get-HvvSeconds {
  # A date as Unix seconds; PowerShell 7 hands ISO strings back as [datetime], 5.1 as text.
  param(
    $Value,
    [switch]$RoundUp
  )
  if ($null -eq $Value) {
    return $null
  }
  if ($Value -is [datetime]) {
    $moment = [DateTimeOffset]::new($Value.ToUniversalTime())
  } else {
    $moment = [DateTimeOffset]::Parse([string]$Value, [Globalization.CultureInfo]::InvariantCulture)
  }
  $seconds = $moment.ToUnixTimeSeconds()
  # Rounding inwards keeps the reduced validity inside the real one.
  if ($RoundUp -and $moment.ToUnixTimeMilliseconds() % 1000 -ne 0) {
    $seconds += 1
  }
  return $seconds
}

function Get-HvvProperty {
  param(
    $Object,
    [string]$Name
  )
  if ($null -eq $Object) {
    return $null
  }
  $property = $Object.PSObject.Properties[$Name]
  if ($null -eq $property) {
    return $null
  }
  return $property.Value
}

function Reduce-HvvOsVersion {
  param([string]$Text)
  $os = ConvertFrom-HvvJson -Text $Text
  return [ordered]@{ CurrentBuild = Get-HvvText -Value (Get-HvvProperty -Object $os -Name 'CurrentBuild') -Max 12; UBR = Get-HvvProperty -Object $os -Name 'UBR' }
}

function Reduce-HvvDsregcmd {
  # The first AzureAdJoined, DomainJoined, EnterpriseJoined and DomainName lines, as printed.
  param([string]$Text)
  $kept = @()
  $seen = @{}
  foreach ($line in ($Text -split "`r?`n")) {
    $match = [regex]::Match($line, '^\s*([A-Za-z][A-Za-z0-9 _-]{0,60}):')
    if ($match.Success) {
      $key = ($match.Groups[1].Value -replace '[\s_-]', '').ToLowerInvariant()
      if ($HvvDsregcmdFields -contains $key -and -not $seen.ContainsKey($key)) {
        $seen[$key] = $true
        $kept += Limit-HvvLine -Line $line.Trim() -Budget 64
      }
    }
  }
  return ($kept -join "`n")
}

function Reduce-HvvEnrollments {
  # Distinct providers, Intune's first; the rule looks for Intune's only.
  param([string]$Text)
  $providers = @()
  foreach ($item in @(ConvertFrom-HvvJson -Text $Text)) {
    $provider = [string](Get-HvvProperty -Object $item -Name 'ProviderID')
    if ($provider -ne '' -and $providers -notcontains $provider) {
      $providers += $provider
    }
  }
  $ordered = @($providers | Where-Object { $_ -ceq $HvvIntuneProvider }) + @($providers | Where-Object { $_ -cne $HvvIntuneProvider })
  $kept = @()
  foreach ($provider in ($ordered | Select-Object -First 4)) {
    $kept += Get-HvvText -Value $provider -Max 32
  }
  return ,$kept
}

function Select-HvvValues {
  param($Source)
  if ($null -eq $Source) {
    return $null
  }
  $kept = [ordered]@{}
  foreach ($name in $HvvProfileValues) {
    $property = $Source.PSObject.Properties[$name]
    if ($null -ne $property) {
      $value = $property.Value
      if ($value -is [string]) {
        $value = Get-HvvText -Value $value -Max 16
      } elseif ($null -ne $value -and -not ($value -is [bool] -or $value -is [int] -or $value -is [long] -or $value -is [double] -or $value -is [decimal])) {
        # Not a number, text or flag: the engine will not read it as a join method either.
        $value = '(object)'
      }
      $kept[$name] = $value
    }
  }
  return $kept
}

function Reduce-HvvAutopilot {
  param([string]$Text)
  $profile = ConvertFrom-HvvJson -Text $Text
  return [ordered]@{
    r = Select-HvvValues -Source (Get-HvvProperty -Object $profile -Name 'registry')
    z = Select-HvvValues -Source (Get-HvvProperty -Object $profile -Name 'ztdFile')
  }
}

function Reduce-HvvProxy {
  # netsh's own lines, blank ones dropped, each cut short: the layout decides, not the length.
  param([string]$Text)
  $kept = @()
  foreach ($line in ($Text -split "`r?`n")) {
    if ($line.Trim() -ne '' -and $kept.Count -lt 4) {
      $kept += Limit-HvvLine -Line $line.TrimEnd() -Budget 80
    }
  }
  return ($kept -join "`n")
}

function Test-HvvNeedsCertificate {
  # The engine's usesCertificate on a reduced tuple: machine certificate, EAP-TLS (type 13), or
  # L2TP with certificate authentication.
  param($Tuple)
  $methods = @(([string]$Tuple[3]).ToLowerInvariant() -split '\|')
  if ($methods -contains 'machinecertificate') {
    return $true
  }
  if ($methods -contains 'eap' -and @(([string]$Tuple[6]) -split '\|') -contains '13') {
    return $true
  }
  return (([string]$Tuple[4]).ToLowerInvariant() -eq 'l2tp' -and ([string]$Tuple[5]).ToLowerInvariant() -eq 'certificate')
}

function Reduce-HvvVpn {
  # [name, all-user, plug-in, methods, tunnel, L2TP auth, EAP types]. Connections alike in all but
  # their name say the same to the rules, so one of each is kept; when more than 4 differ, one of
  # each kind the rules tell apart (usable or not, needing a certificate or not) comes first.
  param([string]$Text)
  $tuples = @()
  $signatures = @{}
  foreach ($vpn in @(ConvertFrom-HvvJson -Text $Text)) {
    if ($null -eq $vpn) {
      continue
    }
    $methods = @()
    foreach ($method in @(Get-HvvProperty -Object $vpn -Name 'AuthenticationMethod')) {
      if ($null -ne $method -and $methods.Count -lt 3) {
        $methods += Get-HvvText -Value $method -Max 18
      }
    }
    $types = @()
    foreach ($found in [regex]::Matches([string](Get-HvvProperty -Object $vpn -Name 'EapConfigXml'), '<(?:\w+:)?Type\b[^>]*>\s*(\d+)\s*</')) {
      $type = $found.Groups[1].Value
      if ($type.Length -le 3 -and $types -notcontains $type -and ($types.Count -lt 2 -or ($type -eq '13' -and $types.Count -lt 3))) {
        $types += $type
      }
    }
    $allUser = 1
    if ((Get-HvvProperty -Object $vpn -Name 'AllUserConnection') -eq $false) {
      $allUser = 0
    }
    $plugin = 0
    if (([string](Get-HvvProperty -Object $vpn -Name 'PluginApplicationID')).Trim() -ne '') {
      $plugin = 1
    }
    $tuple = @(
      (Get-HvvText -Value (Get-HvvProperty -Object $vpn -Name 'Name') -Max 20),
      $allUser,
      $plugin,
      ($methods -join '|'),
      (Get-HvvText -Value (Get-HvvProperty -Object $vpn -Name 'TunnelType') -Max 12),
      (Get-HvvText -Value (Get-HvvProperty -Object $vpn -Name 'L2tpIPsecAuth') -Max 12),
      ($types -join '|')
    )
    $signature = ($tuple[1..6] -join '/').ToLowerInvariant()
    if (-not $signatures.ContainsKey($signature)) {
      $signatures[$signature] = $true
      $tuples += ,$tuple
    }
  }
  $first = @()
  $rest = @()
  $kinds = @{}
  foreach ($tuple in $tuples) {
    $kind = '' + ($tuple[1] -eq 1 -and $tuple[2] -eq 0) + '/' + (Test-HvvNeedsCertificate -Tuple $tuple)
    if ($kinds.ContainsKey($kind)) {
      $rest += ,$tuple
    } else {
      $kinds[$kind] = $true
      $first += ,$tuple
    }
  }
  $kept = @()
  foreach ($tuple in ($first + $rest)) {
    if ($kept.Count -lt 4) {
      $kept += ,$tuple
    }
  }
  return ,$kept
}

function Reduce-HvvCertificates {
  # [notBefore, notAfter] of certificates with Client Authentication and a private key; those
  # valid now first, at most 3: the rule needs one good certificate, nothing else of them.
  param([string]$Text)
  $all = @()
  foreach ($cert in @(ConvertFrom-HvvJson -Text $Text)) {
    if ($null -eq $cert -or (Get-HvvProperty -Object $cert -Name 'HasPrivateKey') -ne $true) {
      continue
    }
    # As common/engine/rules/certificates.ts: no EKU extension or anyExtendedKeyUsage serves client
    # authentication; the OID decides, the friendly name only where no OID was recorded.
    $usages = @(Get-HvvProperty -Object $cert -Name 'EnhancedKeyUsage' | Where-Object { $null -ne $_ })
    $client = ($usages.Count -eq 0)
    foreach ($usage in $usages) {
      $oid = Get-HvvProperty -Object $usage -Name 'ObjectId'
      if ($oid) {
        if ($oid -eq $HvvClientAuthOid -or $oid -eq '2.5.29.37.0') { $client = $true }
      } elseif ((Get-HvvProperty -Object $usage -Name 'FriendlyName') -eq 'Client Authentication') {
        $client = $true
      }
    }
    $notBefore = Get-HvvSeconds -Value (Get-HvvProperty -Object $cert -Name 'NotBefore') -RoundUp
    $notAfter = Get-HvvSeconds -Value (Get-HvvProperty -Object $cert -Name 'NotAfter')
    if ($client -and $null -ne $notBefore -and $null -ne $notAfter) {
      $validNow = ($notBefore -le $HvvNowSeconds -and $HvvNowSeconds -le $notAfter)
      $all += [pscustomobject]@{ Valid = $validNow; NotBefore = $notBefore; NotAfter = $notAfter; Key = ('' + $notBefore + '-' + $notAfter) }
    }
  }
  $kept = @()
  $seen = @{}
  foreach ($entry in ($all | Sort-Object -Property @{ Expression = 'Valid'; Descending = $true }, @{ Expression = 'NotAfter'; Descending = $true })) {
    if (-not $seen.ContainsKey($entry.Key) -and $kept.Count -lt 3) {
      $seen[$entry.Key] = $true
      $kept += ,@($entry.NotBefore, $entry.NotAfter)
    }
  }
  return ,$kept
}

function Get-HvvName {
  # A name as the line keeps it, or $null when there is none (the engine tells the two apart).
  param($Value)
  if ($null -eq $Value) {
    return $null
  }
  return Get-HvvText -Value $Value -Max $HvvVpnLimits.Name
}

function Get-HvvRuleValue {
  # A pre-logon value as the client's rule reads it: trimmed or not (common/fleet/vpn-kind-line.ts PRELOGON_SETTINGS).
  param(
    $Rule,
    [string]$Value
  )
  if ($Rule.Trim) {
    return $Value.Trim()
  }
  return $Value
}

function Test-HvvPrelogonOn {
  param(
    $Rule,
    [string]$Value
  )
  return ($Rule.On -contains (Get-HvvRuleValue -Rule $Rule -Value $Value).ToLowerInvariant())
}

function Limit-HvvSettingValue {
  # At most $HvvVpnLimits.Value characters; a longer value ends in '~', which no "on" word holds.
  param(
    $Rule,
    [string]$Value
  )
  $text = Get-HvvText -Value (Get-HvvRuleValue -Rule $Rule -Value $Value) -Max 1000
  if ($text.Length -gt $HvvVpnLimits.Value) {
    $text = $text.Substring(0, $HvvVpnLimits.Value - 1) + '~'
  }
  return $text
}

function Reduce-HvvVpnKind {
  # [RasMan device tunnel, RasMan user tunnel, first Always On MDM device tunnel, first Always On
  # MDM user tunnel, [[client, version]], Start Before Login module 0|1, service indices, per client
  # its first setting value and its first "on" value, unreadable count]: what the rules read.
  param([string]$Text)
  $read = ConvertFrom-HvvJson -Text $Text
  $auto = Get-HvvProperty -Object $read -Name 'AutoTrigger'
  $mdmDevice = $null
  $mdmUser = $null
  foreach ($profile in @(Get-HvvProperty -Object $read -Name 'MdmProfiles')) {
    if ($null -eq $profile -or (Get-HvvProperty -Object $profile -Name 'AlwaysOn') -ne $true) {
      continue
    }
    $name = Get-HvvName -Value (Get-HvvProperty -Object $profile -Name 'Name')
    if ((Get-HvvProperty -Object $profile -Name 'DeviceTunnel') -eq $true) {
      if ($null -eq $mdmDevice) { $mdmDevice = $name }
    } elseif ($null -eq $mdmUser) {
      $mdmUser = $name
    }
  }
  $programs = @(Get-HvvProperty -Object $read -Name 'Programs' | Where-Object { $null -ne $_ })
  $found = @()
  for ($i = 0; $i -lt $HvvVpnClientPatterns.Count; $i += 1) {
    foreach ($program in $programs) {
      $name = [string](Get-HvvProperty -Object $program -Name 'DisplayName')
      if ($name -match $HvvVpnClientPatterns[$i] -and $name -notmatch $HvvVpnSblPattern) {
        $found += ,@($i, (Get-HvvText -Value (Get-HvvProperty -Object $program -Name 'DisplayVersion') -Max $HvvVpnLimits.Version))
        break
      }
    }
  }
  $sbl = 0
  if (@($programs | Where-Object { [string](Get-HvvProperty -Object $_ -Name 'DisplayName') -match $HvvVpnSblPattern }).Count -gt 0) {
    $sbl = 1
  }
  $services = ''
  foreach ($service in @(Get-HvvProperty -Object $read -Name 'Services')) {
    $name = [string](Get-HvvProperty -Object $service -Name 'Name')
    for ($i = 0; $i -lt $HvvVpnServices.Count; $i += 1) {
      if ($HvvVpnServices[$i] -eq $name -and -not $services.Contains([string]$i)) {
        $services += [string]$i
      }
    }
  }
  $settings = @(Get-HvvProperty -Object $read -Name 'Settings' | Where-Object { $null -ne $_ })
  $kept = @()
  for ($i = 0; $i -lt $HvvVpnSettings.Count; $i += 1) {
    $rule = $HvvVpnSettings[$i]
    $values = @()
    $on = $false
    foreach ($setting in $settings) {
      $value = Get-HvvProperty -Object $setting -Name 'Value'
      if ([string](Get-HvvProperty -Object $setting -Name 'Client') -cne [string]$HvvVpnClientIds[$i] -or [string](Get-HvvProperty -Object $setting -Name 'Name') -ne $rule.Name) {
        continue
      }
      if ($null -eq $value) {
        # As the rules read a missing value: not "on".
        $value = ''
      }
      $value = Limit-HvvSettingValue -Rule $rule -Value ([string]$value)
      $isOn = Test-HvvPrelogonOn -Rule $rule -Value $value
      if ($values.Count -eq 0) {
        $values += $value
        $on = $isOn
      } elseif ($isOn -and -not $on) {
        $values += $value
        $on = $true
      }
    }
    $kept += ,$values
  }
  return ,@(
    (Get-HvvName -Value (Get-HvvProperty -Object $auto -Name 'DeviceTunnel')),
    (Get-HvvName -Value (Get-HvvProperty -Object $auto -Name 'UserTunnel')),
    $mdmDevice,
    $mdmUser,
    $found,
    $sbl,
    $services,
    $kept,
    @(Get-HvvProperty -Object $read -Name 'Unreadable' | Where-Object { $null -ne $_ }).Count
  )
}

function Get-HvvThirdPartyClient {
  # The client the engine's vpn-kind would follow (common/engine/rules/vpn-kind.ts decideKind), or
  # -1 when it follows a Windows connection (an Always On device tunnel comes first) or the line
  # has no vk (older behaviour: the VPN checks of contract v1).
  param($Answers)
  if (-not $Answers.Contains('vk')) {
    return -1
  }
  $vk = $Answers['vk'][1]
  foreach ($name in @($vk[0], $vk[2])) {
    if ($null -ne $name -and ([string]$name).Trim() -ne '') {
      return -1
    }
  }
  $clients = @()
  foreach ($entry in @($vk[4])) {
    $clients += [int]$entry[0]
  }
  foreach ($digit in ([string]$vk[6]).ToCharArray()) {
    $service = $HvvVpnServices[[int][string]$digit]
    for ($i = 0; $i -lt $HvvVpnServiceClients.Count; $i += 1) {
      if (@($HvvVpnServiceClients[$i]) -contains $service) { $clients += $i }
    }
  }
  if ($clients.Count -eq 0) {
    return -1
  }
  return [int]($clients | Measure-Object -Minimum).Minimum
}

function Test-HvvPrelogonDisabled {
  # The rules' readPrelogon for the client found, "disabled" only (unknown is a warning, not a failure).
  param(
    [int]$Client,
    $Vk
  )
  $rule = $HvvVpnSettings[$Client]
  $values = @($Vk[7][$Client])
  $anyOn = @($values | Where-Object { Test-HvvPrelogonOn -Rule $rule -Value $_ }).Count -gt 0
  switch ($HvvVpnClientIds[$Client]) {
    'anyconnect' {
      if ($anyOn) { return ($Vk[5] -ne 1) }
      return ($values.Count -gt 0)
    }
    'globalprotect' {
      return ($values.Count -eq 0 -or -not (Test-HvvPrelogonOn -Rule $rule -Value $values[0]))
    }
    'forticlient' {
      return ($values.Count -gt 0 -and -not (Test-HvvPrelogonOn -Rule $rule -Value $values[0]))
    }
  }
  return $false
}

function Get-HvvAnswer {
  # [exit code, reduced data], or T (timed out) / U (output not readable here).
  param(
    $Result,
    [string]$Reducer,
    [switch]$Native
  )
  if ($Result.TimedOut) {
    return 'T'
  }
  if ($Result.Code -ne 0 -and -not $Native) {
    return @($Result.Code, $null)
  }
  try {
    $data = & $Reducer -Text $Result.Out
  } catch {
    return 'U'
  }
  return @($Result.Code, $data)
}

function ConvertTo-HvvAsciiJson {
  param($Value)
  $json = ConvertTo-Json -InputObject $Value -Depth 8 -Compress
  return [regex]::Replace($json, '[^\x00-\x7e]', { param($m) '\u' + ([int][char]$m.Value).ToString('x4') })
}

function Test-HvvYesNo {
  # $true / $false / $null (neither: the engine will not understand it either).
  param([string]$Value)
  $folded = [regex]::Replace($Value.Normalize([Text.NormalizationForm]::FormD), '\p{Mn}', '').Trim().ToUpperInvariant()
  if ($HvvYesWords -contains $folded) {
    return $true
  }
  if ($HvvNoWords -contains $folded) {
    return $false
  }
  return $null
}

function Test-HvvNotReady {
  # The device's own answer for Intune's "With issues" (exit 1): the engine's rules for the fleet
  # steps, on the reduced answers. hvv fleet report decides with the engine itself and flags any
  # device where the two disagree.
  param($Answers)
  foreach ($key in $Answers.Keys) {
    $answer = $Answers[$key]
    if ($answer -is [string]) {
      return $true
    }
    if ($key -ne 'ds' -and $key -ne 'px' -and $answer[0] -ne 0) {
      return $true
    }
  }
  $os = $Answers['os'][1]
  $build = 0
  if (-not [int]::TryParse([string]$os.CurrentBuild, [ref]$build)) {
    return $true
  }
  if ($build -lt 19041) {
    if ($build -ne 18362 -and $build -ne 18363) {
      return $true
    }
    if ($null -eq $os.UBR -or [int64]$os.UBR -lt 535) {
      return $true
    }
  }
  $azure = $null
  $domain = $null
  foreach ($line in ($Answers['ds'][1] -split "`n")) {
    $parts = $line -split ':', 2
    if ($parts.Count -eq 2) {
      $key = ($parts[0] -replace '[\s_-]', '').ToLowerInvariant()
      $value = Test-HvvYesNo -Value $parts[1]
      if ($key -eq 'azureadjoined') { $azure = $value }
      if ($key -eq 'domainjoined') { $domain = $value }
      if ($key -eq 'enterprisejoined' -and $null -eq $value) { return $true }
    }
  }
  if ($null -eq $azure -or $null -eq $domain -or -not $domain) {
    return $true
  }
  if (@($Answers['md'][1]) -cnotcontains $HvvIntuneProvider) {
    return $true
  }
  $profile = $Answers['ap'][1]
  foreach ($source in @($profile.z, $profile.r)) {
    if ($null -ne $source -and $source.Contains('CloudAssignedDomainJoinMethod')) {
      $method = [string]$source['CloudAssignedDomainJoinMethod']
      if ($method.Trim() -eq '0' -or $method -eq 'False') {
        return $true
      }
      if ($method.Trim() -ne '1' -and $method -ne 'True') {
        return $true
      }
      break
    }
  }
  $proxyLines = @($Answers['px'][1] -split "`n")
  $direct = @($proxyLines | Where-Object { $line = $_; @($HvvDirectMarkers | Where-Object { $line -match $_ }).Count -gt 0 }).Count -gt 0
  if (-not $direct) {
    $values = @($proxyLines | ForEach-Object { [regex]::Match($_, $HvvLabelledValue) } | Where-Object { $_.Success })
    $server = @($values | Where-Object { $_.Groups[1].Value -match '(?i)proxy|\u30d7\u30ed\u30ad\u30b7' })
    if ($server.Count -eq 0 -or $values.Count -gt 2 -or $server[0].Groups[2].Value.Trim() -notmatch $HvvServerList) {
      return $true
    }
  }
  if ($Answers['tc'][1] -notmatch '^1*$') {
    return $true
  }
  $client = Get-HvvThirdPartyClient -Answers $Answers
  if ($client -ge 0) {
    # A third-party client: no Windows connection or certificate is checked, its pre-logon is.
    return (Test-HvvPrelogonDisabled -Client $client -Vk $Answers['vk'][1])
  }
  $usable = @($Answers['vc'][1] | Where-Object { $_[1] -eq 1 -and $_[2] -eq 0 })
  if ($usable.Count -eq 0) {
    return $true
  }
  $needing = @($usable | Where-Object { Test-HvvNeedsCertificate -Tuple $_ })
  if ($needing.Count -gt 0) {
    $good = @($Answers['cm'][1] | Where-Object { $_[0] -le $HvvNowSeconds -and $HvvNowSeconds -le $_[1] })
    if ($good.Count -eq 0) {
      return $true
    }
  }
  return $false
}

try {
  $HvvAbandoned = $false
  $HvvSessionState = New-HvvSessionState
  $jobs = [ordered]@{}
  foreach ($key in $HvvProbeKeys.Keys) {
    $jobs[$key] = Start-HvvProbe -Id $HvvProbeKeys[$key] -ProbeArgs @{}
  }
  $tcpJobs = @()
  foreach ($endpoint in $HvvEndpoints) {
    $parts = $endpoint -split '\|'
    $tcpJobs += ,(Start-HvvProbe -Id 'net.tcp' -ProbeArgs @{ host = $parts[0]; port = [int]$parts[1] })
  }
  $answers = [ordered]@{}
  foreach ($key in $jobs.Keys) {
    $result = Complete-HvvProbe -Job $jobs[$key]
    $answers[$key] = Get-HvvAnswer -Result $result -Reducer $HvvReducers[$key] -Native:($key -eq 'ds' -or $key -eq 'px')
  }
  $states = ''
  foreach ($job in $tcpJobs) {
    $result = Complete-HvvProbe -Job $job
    if ($result.TimedOut) {
      $states += 'T'
    } elseif ($result.Code -ne 0) {
      $states += 'E'
    } else {
      try {
        if ((ConvertFrom-HvvJson -Text $result.Out).reachable -eq $true) { $states += '1' } else { $states += '0' }
      } catch {
        $states += 'E'
      }
    }
  }
  $answers['tc'] = @(0, $states)
  $exitCode = 0
  if (Test-HvvNotReady -Answers $answers) {
    $exitCode = 1
  }
  $document = [ordered]@{ hvv = 'fleet/1'; id = $HvvScriptId; t = $HvvNow; x = $exitCode; p = $answers }
  $line = ConvertTo-HvvAsciiJson -Value $document
  # Never longer than Intune keeps: the largest answers give way to L, which the report shows as
  # "did not fit" instead of reading a line Intune cut.
  while ($line.Length -gt $HvvOutputLimit) {
    $largest = $null
    $size = -1
    foreach ($key in @($answers.Keys)) {
      $length = (ConvertTo-HvvAsciiJson -Value $answers[$key]).Length
      if ($length -gt $size) {
        $largest = $key
        $size = $length
      }
    }
    $answers[$largest] = 'L'
    $line = ConvertTo-HvvAsciiJson -Value $document
  }
  [Console]::Out.WriteLine($line)
  [Console]::Out.Flush()
  if ($HvvAbandoned) {
    # A probe that hung still runs in its runspace; ending the process is the only sure stop.
    [Environment]::Exit($exitCode)
  }
  exit $exitCode
} catch {
  $HvvRealError.WriteLine('hvv fleet detection script failed: ' + $_.Exception.Message)
  $HvvRealError.Flush()
  exit 2
}
