# Probe scp.domain: the service connection point in Active Directory, read over LDAP (through the
# VPN during Autopilot): the configurationNamingContext from the domain's RootDSE, then the keywords
# of CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services in it
# ("azureADName:<domain>", "azureADId:<tenant id>"). Found is false when the object does not exist
# (LDAP "no such object"); a domain that cannot be reached exits 3 with the reason. Read-only.
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

$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json
$domain = [string]$probeArgs.domain
# A DNS domain name only: it becomes part of an LDAP path, so nothing else may reach it.
if ($domain -notmatch '^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$') {
  [Console]::Error.WriteLine('scp.domain needs an Active Directory DNS domain name such as corp.contoso.com.')
  exit 87
}

# LDAP "There is no such object on the server." (0x80072030).
$noSuchObject = -2147016656

function Get-LdapValues {
  # DirectoryEntry.Properties[name] is a PropertyValueCollection: enumerate it into plain strings.
  param(
    $Entry,
    [string]$Name
  )
  $values = @()
  foreach ($value in @($Entry.Properties[$Name])) {
    if ($null -ne $value) {
      $values += [string]$value
    }
  }
  # The comma keeps an empty or one-value list a list; callers must not wrap it again in @(),
  # which would nest it (a list of one list, Count 1 even when empty).
  return ,$values
}

try {
  # New-Object, not the [adsi] accelerator: the same System.DirectoryServices.DirectoryEntry.
  $rootDse = New-Object -TypeName System.DirectoryServices.DirectoryEntry -ArgumentList ('LDAP://' + $domain + '/RootDSE')
  $configuration = Get-LdapValues -Entry $rootDse -Name 'configurationNamingContext'
} catch {
  [Console]::Error.WriteLine('The domain ' + $domain + ' did not answer over LDAP: ' + $_.Exception.Message)
  exit 3
}
if ($configuration.Count -eq 0) {
  [Console]::Error.WriteLine('The RootDSE of ' + $domain + ' has no configurationNamingContext.')
  exit 3
}
$configurationNc = $configuration[0]
$scpPath = 'CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,' + $configurationNc

$found = $false
$keywords = @()
try {
  $scp = New-Object -TypeName System.DirectoryServices.DirectoryEntry -ArgumentList ('LDAP://' + $domain + '/' + $scpPath)
  $keywords = Get-LdapValues -Entry $scp -Name 'keywords'
  $found = $true
} catch {
  $inner = $_.Exception
  while ($null -ne $inner.InnerException) {
    $inner = $inner.InnerException
  }
  if ($inner.HResult -ne $noSuchObject -and $_.Exception.HResult -ne $noSuchObject) {
    [Console]::Error.WriteLine('The service connection point could not be read from ' + $domain + ': ' + $_.Exception.Message)
    exit 3
  }
}

$result = [ordered]@{
  Domain = $domain
  ConfigurationNamingContext = $configurationNc
  Path = $scpPath
  Found = $found
  Keywords = $keywords
}
ConvertTo-AsciiJson -InputObject $result
exit 0
