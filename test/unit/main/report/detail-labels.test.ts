/**
 * Detail rows in the report's language: labels keyed by field name (`reportDetail.<field>`), values
 * stored as ids worded by `reportValue.*`, and a field no catalog knows still readable.
 */
import { describe, expect, it } from 'vitest';
import { detailRows } from '../../../../main/report/detail-labels.js';
import { reportText } from '../../../../main/report/report-text.js';

describe('detailRows', () => {
  it('labels known fields and words their ids in German', () => {
    const rows = detailRows(
      {
        logonType: 11,
        routeVia: 'vpn',
        dcPorts: { '88': 'timeout', '389': 'connected' },
        certificate: { subject: 'CN=PC1', notAfter: '2027-10-02T09:20:11.000Z', problems: [] },
        userProxy: { kind: 'static', value: 'proxy:8080' },
      },
      reportText('de'),
    );
    expect(rows).toEqual([
      { label: 'Anmeldetyp', value: 'zwischengespeicherte Anmeldeinformationen (11)' },
      { label: 'Route zum Domänencontroller', value: 'über das VPN' },
      {
        label: 'Ports des Domänencontrollers',
        value: 'LDAP 389: verbunden; Kerberos 88: Zeitüberschreitung',
      },
      {
        label: 'Computerzertifikat',
        value: 'Antragsteller: CN=PC1; Gültig bis: 2. Okt. 2027, 09:20:11 UTC; Probleme: keine',
      },
      { label: 'Proxy des Benutzers', value: 'Proxy proxy:8080' },
    ]);
  });

  it('keeps a field no catalog knows readable, its value worded, and data keys as they are', () => {
    const rows = detailRows(
      { someNewField: true, issuers: { 'login.live.com:443': 'Microsoft Azure RSA TLS Issuing CA 04' } },
      reportText('ja'),
    );
    expect(rows).toEqual([
      { label: 'Some new field', value: 'はい' },
      { label: '証明書の発行者', value: 'login.live.com:443: Microsoft Azure RSA TLS Issuing CA 04' },
    ]);
  });

  it('prints an id no catalog knows as it is', () => {
    expect(detailRows({ kind: 'future-kind', reason: 'later' }, reportText('fr'))).toEqual([
      { label: 'Type de VPN', value: 'future-kind' },
      { label: 'Raison', value: 'later' },
    ]);
  });

  it("says scp's reference by the id it stores, and an older recording's English as recorded", () => {
    const fr = reportText('fr');
    const [shown] = detailRows({ referenceFrom: 'the signed-in tenant', referenceKind: 'signedIn' }, fr);
    expect(shown).toEqual({
      label: fr.word('reportDetail.referenceFrom'),
      value: fr.word('reportValue.referenceFrom.signedIn'),
    });
    expect(shown?.value).not.toBe('the signed-in tenant');
    expect(detailRows({ referenceFrom: 'the Autopilot tenant' }, fr)[0]?.value).toBe('the Autopilot tenant');
  });
});
