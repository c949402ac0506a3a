import { describe, expect, it } from 'vitest';
import { RAS_ERRORS, describeRasError } from '../../../../../common/engine/rules/ras-errors.js';

const COMMON_VPN_CODES = [
  601, 602, 603, 619, 623, 628, 629, 633, 651, 678, 691, 703, 718, 720, 732, 734, 741, 766, 768, 789, 792,
  798, 800, 806, 807, 809, 812, 813, 828, 829, 831, 835, 850, 853, 858, 860, 862, 868, 13801, 13805, 13806,
  13868,
];

describe('RAS error table', () => {
  it.each(COMMON_VPN_CODES)(
    'describes error %i with a name, a meaning and at least one next step',
    (code) => {
      const entry = RAS_ERRORS[code];
      expect(entry).toBeDefined();
      expect(entry?.name).toMatch(/^ERROR_[A-Z0-9_]+$/);
      expect(entry?.meaning.length).toBeGreaterThan(20);
      expect(entry?.fix.length).toBeGreaterThan(0);
    },
  );

  it('shows the NAT-T registry fix for error 809', () => {
    const described = describeRasError(809);
    expect(described.name).toBe('ERROR_VPN_TIMEOUT');
    expect(described.fix.join(' ')).toContain('AssumeUDPEncapsulationContextOnSendRule');
    expect(described.fix.join(' ')).toMatch(/UDP 500 and 4500/);
  });

  it('points to the machine certificate with Client Authentication for IKE error 13806', () => {
    const described = describeRasError(13806);
    expect(described.name).toBe('ERROR_IPSEC_IKE_NO_CERT');
    expect(described.fix.join(' ')).toContain('1.3.6.1.5.5.7.3.2');
  });

  it('explains that a prompt cannot be answered before sign-in for error 703', () => {
    expect(describeRasError(703).fix.join(' ')).toMatch(/before sign-in/);
  });

  it('uses the raserror.h names for codes technicians search for', () => {
    expect(describeRasError(691).name).toBe('ERROR_AUTHENTICATION_FAILURE');
    expect(describeRasError(812).name).toBe('ERROR_SERVER_POLICY');
    expect(describeRasError(13801).name).toBe('ERROR_IPSEC_IKE_AUTH_FAIL');
    expect(describeRasError(13868).name).toBe('ERROR_IPSEC_IKE_POLICY_MATCH');
  });

  it('names an unknown code in a generic description instead of failing', () => {
    const described = describeRasError(4242);
    expect(described).toMatchObject({ code: 4242, name: 'RAS error 4242' });
    expect(described.meaning).toContain('4242');
    expect(described.fix.length).toBeGreaterThan(0);
  });

  it('unwraps a code recorded as an HRESULT (0x80070329 is 809)', () => {
    expect(describeRasError(0x80070329)).toMatchObject({ code: 809, name: 'ERROR_VPN_TIMEOUT' });
    expect(describeRasError(-2147024087)).toMatchObject({ code: 809 });
  });

  it('hands out a copy of the next steps so a caller cannot change the table', () => {
    describeRasError(809).fix.push('changed');
    expect(RAS_ERRORS[809]?.fix).not.toContain('changed');
  });
});
