# Used by pwsh-policy.mjs: runs a script with its named arguments in ConstrainedLanguage, as
# AppLocker/WDAC run a script they do not trust. The arguments are read while still in
# FullLanguage; the script then inherits the session's language mode.
$file = $args[0]
$named = @{}
$i = 1
while ($i -lt $args.Count) {
  $name = ([string]$args[$i]).TrimStart('-')
  $next = $i + 1
  if ($next -lt $args.Count -and -not ([string]$args[$next]).StartsWith('-')) {
    $named[$name] = [string]$args[$next]
    $i = $i + 2
  } else {
    $named[$name] = $true
    $i = $i + 1
  }
}
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
& $file @named
exit $LASTEXITCODE
