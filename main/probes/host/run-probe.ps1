# Host for one probe, started with -File. Why: under AppLocker or WDAC an interactive
# "powershell -Command -" session always runs in ConstrainedLanguage, where [Console], [Convert]
# and ProcessStartInfo are refused; a script file is judged by its own signature or folder, so this
# signed host and the signed probe it runs keep FullLanguage wherever the policy trusts the app.
# Its first line is HVV-HOST:<nonce>:<language mode>, written with nothing that ConstrainedLanguage
# forbids, so the app tells "restricted by policy" from "broken" without reading localized text.
param(
  [string]$Nonce = '',
  [string]$Script = '',
  [string]$ArgsBase64 = '',
  [switch]$Check
)
$mode = [string]$ExecutionContext.SessionState.LanguageMode
'HVV-HOST:' + $Nonce + ':' + $mode
if ($mode -ne 'FullLanguage') {
  exit 3
}

$ProgressPreference = 'SilentlyContinue'
# Windows PowerShell 5.1 writes the OEM code page to a pipe unless told otherwise.
[Console]::OutputEncoding = [Text.Encoding]::UTF8

if ($Check) {
  # Who the app runs as, for the start screen: elevation, SYSTEM, the OOBE account defaultuser0,
  # and the user at the console (after "Run as administrator" it differs from the process's user).
  $identity = [ordered]@{ User = $null; Sid = $null; Elevated = $null; System = $null }
  try {
    $current = [Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object -TypeName Security.Principal.WindowsPrincipal -ArgumentList $current
    $identity.User = $current.Name
    $identity.Sid = $current.User.Value
    $identity.Elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    $identity.System = $current.IsSystem
  } catch {
    # Not Windows (the test machines): the identity stays unknown, never guessed.
  }
  'HVV-IDENTITY:' + (ConvertTo-Json -InputObject $identity -Compress)
  exit 0
}

if ([string]::IsNullOrEmpty($Script) -or -not (Test-Path -LiteralPath $Script -PathType Leaf)) {
  [Console]::Error.WriteLine('The probe script was not found: ' + $Script)
  exit 2
}
$probeArguments = @{ ArgsBase64 = $ArgsBase64 }
$global:LASTEXITCODE = 0
try {
  & $Script @probeArguments
} catch {
  [Console]::Error.WriteLine($_.Exception.Message)
  exit 1
}
exit $LASTEXITCODE
