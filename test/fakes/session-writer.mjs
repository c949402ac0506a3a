// Saves successive snapshots of one session as fast as it can, printing "saved <n>" after each, until
// killed. Run: node --import tsx test/fakes/session-writer.mjs <dir> <first-n>
// The SIGKILL test kills it at random moments to prove a save is all-or-nothing.
import { createSessionStore } from '../../main/sessions/store.ts';

const [dir, firstArg] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: session-writer.mjs <dir> <first-n>\n');
  process.exit(2);
}

const store = createSessionStore(dir);

/** Size varies with n so a torn write would show up as a length/checksum mismatch. */
export function snapshotFor(n) {
  const payload = String(n % 10).repeat(1_000_000 + (n % 7) * 200_000);
  return {
    id: 'killed-writer',
    mode: 'live',
    title: `save ${n}`,
    validationType: 'on-network',
    inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    confirmations: { 'logon-vpn-icon': { result: 'pass', note: payload } },
    device: null,
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: new Date(Date.UTC(2026, 10, 24, 10) + n * 1000).toISOString(),
    recordedAt: null,
    readOnly: false,
    steps: [],
  };
}

for (let n = Number(firstArg ?? 0); ; n += 1) {
  await store.save(snapshotFor(n));
  process.stdout.write(`saved ${n}\n`);
}
