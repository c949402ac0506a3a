@echo off
rem hvv.cmd: Hybrid VPN Validator headless, beside "Hybrid VPN Validator.exe" (installed, or the
rem unzipped folder on a USB key). Typed at a cmd.exe prompt, a windowed exe returns at once and
rem its exit code is lost; from a batch file cmd waits for it, so this file hands the exit code on.
rem At Shift-F10 in OOBE:  D:\hvv\hvv.cmd record --out D:\device.scenario.json
setlocal
if "%~1"=="" (
  "%~dp0Hybrid VPN Validator.exe" --help
) else (
  "%~dp0Hybrid VPN Validator.exe" %*
)
exit /b %ERRORLEVEL%
