import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../../common/engine/probe-commands.js';
import { PROBE_IDS } from '../../../../common/model.js';

describe('the command a technician can run by hand', () => {
  it('exists for every probe that reads the device, and not for the tenant reads', () => {
    for (const probe of PROBE_IDS) {
      const command = commandFor({
        probe,
        args: { host: 'h', port: 443, name: 'n', domain: 'd', path: 'p' },
      });
      if (probe.startsWith('tenant.')) expect(command).toBeNull();
      else expect(command, probe).toMatch(/\S/);
    }
  });

  it('puts the arguments in as PowerShell literals, so a pasted hostile name stays a name', () => {
    expect(commandFor({ probe: 'vpn.connect', args: { name: "Contoso VPN'; Remove-Item C:\\ #" } })).toBe(
      "rasdial 'Contoso VPN''; Remove-Item C:\\ #'",
    );
    expect(commandFor({ probe: 'vpn.connect', args: { name: 'a\u2019b' } })).toBe("rasdial 'a\u2019\u2019b'");
    expect(commandFor({ probe: 'dc.locate', args: { domain: 'corp.contoso.com' } })).toBe(
      "nltest '/dsgetdc:corp.contoso.com'",
    );
    expect(commandFor({ probe: 'net.tcp', args: { host: 'ztd.dds.microsoft.com', port: 443 } })).toBe(
      "Test-NetConnection -ComputerName 'ztd.dds.microsoft.com' -Port 443",
    );
  });
});
