/**
 * The `dc.ports` probe (docs/CONTRACT-EXTENSIONS.md): one TCP connect to LDAP (389) and one to
 * Kerberos (88) on the domain controller. Each port's state is a word the script chose from the
 * socket's error number, never from the error's text.
 */
import { z } from 'zod';

export const DC_PORT_NAMES: Readonly<Record<number, string>> = { 389: 'LDAP', 88: 'Kerberos' };

const PortSchema = z.object({
  Port: z.number().int().min(1).max(65535),
  State: z.enum(['connected', 'refused', 'timeout', 'error']),
  SocketError: z.number().int().nullish(),
  ElapsedMs: z.number().nonnegative().nullish(),
});
export type DcPort = z.infer<typeof PortSchema>;

export const DcPortsSchema = z.object({
  Address: z.string(),
  Ports: z.array(PortSchema),
});
export type DcPorts = z.infer<typeof DcPortsSchema>;

export function portLabel(port: DcPort): string {
  const name = DC_PORT_NAMES[port.Port];
  return name ? `${name} (TCP ${port.Port})` : `TCP ${port.Port}`;
}

export function describePortState(port: DcPort): string {
  switch (port.State) {
    case 'connected':
      return 'answers';
    case 'refused':
      return 'refused the connection';
    case 'timeout':
      return 'did not answer (timed out)';
    default:
      return port.SocketError != null ? `socket error ${port.SocketError}` : 'could not be reached';
  }
}
