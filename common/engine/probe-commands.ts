/**
 * What a technician types in PowerShell to see for themselves what a probe read, shown beside its
 * evidence (the app and the report) so "run the command shown in the evidence" has a command to
 * run. Display text only: the app never executes these strings (main/probes/scripts does the work
 * with arguments passed as data).
 */
import type { Evidence } from '../model.js';

/** A PowerShell single-quoted literal, so a pasted command means what it shows. */
function quoted(value: unknown): string {
  return `'${String(value ?? '').replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** The events window as a PowerShell date: the technician's start, or the last boot. */
function sinceText(args: Evidence['args']): string {
  return typeof args['since'] === 'string'
    ? `[datetime]${quoted(args['since'])}`
    : '(Get-CimInstance Win32_OperatingSystem).LastBootUpTime';
}

const COMMANDS: Record<string, (args: Evidence['args']) => string> = {
  'os.version': () =>
    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' | Select-Object ProductName, EditionID, ReleaseId, DisplayVersion, CurrentBuild, UBR",
  'os.hotfixes': () => 'Get-HotFix',
  'join.dsregcmd': () => 'dsregcmd /status',
  'mdm.enrollments': () =>
    "Get-ChildItem 'HKLM:\\SOFTWARE\\Microsoft\\Enrollments' | Get-ItemProperty | Where-Object ProviderID",
  'autopilot.profile': () =>
    'Get-ItemProperty \'HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot\'; Get-Content "$env:windir\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json"',
  'vpn.connections': () => 'Get-VpnConnection -AllUserConnection',
  'cert.machine': () =>
    'Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject, Issuer, NotAfter, HasPrivateKey, EnhancedKeyUsageList',
  'cert.user': () =>
    'Get-ChildItem Cert:\\CurrentUser\\My | Format-List Subject, Issuer, NotAfter, HasPrivateKey, EnhancedKeyUsageList',
  'proxy.winhttp': () => 'netsh winhttp show proxy',
  'net.tcp': (a) => `Test-NetConnection -ComputerName ${quoted(a['host'])} -Port ${Number(a['port'])}`,
  'vpn.connect': (a) => `rasdial ${quoted(a['name'])}`,
  'vpn.disconnect': (a) => `rasdial ${quoted(a['name'])} /disconnect`,
  'dc.locate': (a) => `nltest ${quoted(`/dsgetdc:${String(a['domain'] ?? '')}`)}`,
  'logon.session': () => 'whoami /upn; $env:LOGONSERVER; $env:USERDNSDOMAIN; $env:COMPUTERNAME',
  'update.pending': () =>
    '(New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher().Search("IsInstalled=0 and Type=\'Software\'").Updates | Select-Object Title, KBArticleIDs',
  'update.install': (a) => `wusa.exe ${quoted(a['path'])} /quiet /norestart; $LASTEXITCODE`,
  'net.route': (a) =>
    `Find-NetRoute -RemoteIPAddress ${quoted(a['address'])} | Format-List InterfaceAlias, InterfaceIndex, NextHop, IPAddress; Get-NetAdapter -IncludeHidden | Format-Table Name, ifIndex, InterfaceType, InterfaceDescription`,
  'dc.ports': (a) =>
    `Test-NetConnection ${quoted(a['address'])} -Port 389; Test-NetConnection ${quoted(a['address'])} -Port 88`,
  'events.vpn': (a) =>
    `Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'RasClient'; Id = 20221..20227; StartTime = ${sinceText(a)} } | Format-List TimeCreated, Id, Properties`,
  'events.join': (a) =>
    `Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-User Device Registration/Admin'; StartTime = ${sinceText(a)} }; Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4624; StartTime = ${sinceText(a)} } | Where-Object { $_.Properties[8].Value -in 2, 10, 11 }`,
  // Issue 17b: the chain the device is served (SslStream accepts any chain so a forged one shows).
  'tls.chain': (a) =>
    `$t = New-Object Net.Sockets.TcpClient(${quoted(a['host'])}, ${Number(a['port'])}); $s = New-Object Net.Security.SslStream($t.GetStream(), $false, { $true }); $s.AuthenticateAsClient(${quoted(a['host'])}); $s.RemoteCertificate | Format-List Subject, Issuer; $t.Close()`,
  'net.machine': () =>
    "Get-ItemProperty 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' | Select-Object ProxyEnable, ProxyServer, AutoConfigURL; netsh winhttp show proxy",
  // Issue 17a: the client-side SCP, and the SCP object in the domain's configuration partition.
  'scp.registry': () =>
    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD' -ErrorAction SilentlyContinue | Select-Object TenantId, TenantName",
  'scp.domain': () =>
    '$c = ([ADSI]\'LDAP://RootDSE\').configurationNamingContext; ([ADSI]"LDAP://CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,$c").keywords',
  'vpn.kind': () =>
    "Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Config', 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\DeviceTunnel' -ErrorAction SilentlyContinue | Select-Object AutoTriggerProfileEntryName; Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*', 'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' | Where-Object DisplayName -Match 'AnyConnect|Secure Client|GlobalProtect|FortiClient|Pulse|Ivanti' | Select-Object DisplayName, DisplayVersion; Get-Service vpnagent, csc_vpnagent, PanGPS, FA_Scheduler, PulseSecureService -ErrorAction SilentlyContinue",
  'vpn.status': (a) =>
    `Get-VpnConnection -AllUserConnection${typeof a['name'] === 'string' ? ` -Name ${quoted(a['name'])}` : ''} | Select-Object Name, ConnectionStatus; Get-NetAdapter | Where-Object Status -eq 'Up' | Format-Table Name, InterfaceDescription, Status`,
  'device.identity': () =>
    'Get-CimInstance Win32_BIOS | Select-Object SerialNumber; Get-CimInstance Win32_ComputerSystem | Select-Object Name, Manufacturer, Model',
};

/** null for reads that are not a device command (the tenant checks ask Microsoft Graph). */
export function commandFor(evidence: Pick<Evidence, 'probe' | 'args'>): string | null {
  return COMMANDS[evidence.probe]?.(evidence.args) ?? null;
}
