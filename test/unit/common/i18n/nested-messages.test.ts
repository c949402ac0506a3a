/**
 * Words the engine builds into a verdict are carried as messages (engine/say.ts): a parameter may
 * be a nested message or a list of them, and remediation lines built for one verdict travel in
 * `remediationMessages`. The English JSON keeps reading as before; a recording without the
 * messages (made before they existed, or whose arrays disagree) shows its English lines.
 */
import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../../../common/model.js';
import { StepResultSchema } from '../../../../common/model.js';
import { listOf, remediate, say } from '../../../../common/engine/say.js';
import { localizeResult } from '../../../../common/i18n/step-text.js';
import { translatorFor } from '../../../../main/i18n/i18n.js';
import { describeRasError } from '../../../../common/engine/rules/ras-errors.js';
import { vpnConnectStep } from '../../../../common/engine/steps/vpn-connect.js';

const WORDS = {
  outOfDate: 'The device holds an out-of-date profile ({differences}).',
  difference: '{setting}: device {device}, Intune {tenant}',
  settingPrivacy: 'Privacy settings',
  valueHidden: 'hidden',
  valueShown: 'shown',
  settingKeyboard: 'Automatically configure keyboard',
  valueOn: 'on',
  valueOff: 'off',
} as const;
const word = (name: keyof typeof WORDS) => say('profile-drift', WORDS, name);

const privacy = () =>
  say('profile-drift', WORDS, 'difference', {
    setting: word('settingPrivacy'),
    device: word('valueHidden'),
    tenant: word('valueShown'),
  });

function drifted(): StepResult {
  const differences = listOf(
    [
      privacy(),
      say('profile-drift', WORDS, 'difference', {
        setting: word('settingKeyboard'),
        device: word('valueOn'),
        tenant: word('valueOff'),
      }),
    ],
    '; ',
  );
  const said = say('profile-drift', WORDS, 'outOfDate', { differences });
  return StepResultSchema.parse({
    id: 'profile-drift',
    stage: 'Tenant',
    status: 'warn',
    ...said,
    details: {},
    ...remediate([privacy(), 'A line no catalog declares.']),
  });
}

describe('nested messages in a result', () => {
  it('keep the English the engine has always written', () => {
    const result = drifted();
    expect(result.summary).toBe(
      'The device holds an out-of-date profile (Privacy settings: device hidden, Intune shown; Automatically configure keyboard: device on, Intune off).',
    );
    expect(result.remediation).toEqual([
      'Privacy settings: device hidden, Intune shown',
      'A line no catalog declares.',
    ]);
    expect(result.remediationMessages?.[1]).toBeNull();
  });

  it('are translated inside out, lists joined the reader’s way', () => {
    const shown = localizeResult(drifted(), translatorFor('fr'));
    expect(shown.summary).toBe(
      'L’appareil détient un profil obsolète (Paramètres de confidentialité\u00a0: appareil masqué, Intune affiché et Configurer automatiquement le clavier\u00a0: appareil activé, Intune désactivé).',
    );
    expect(shown.remediation).toEqual([
      'Paramètres de confidentialité\u00a0: appareil masqué, Intune affiché',
      'A line no catalog declares.',
    ]);
  });

  it('read in English give the English back', () => {
    const result = drifted();
    expect(localizeResult(result, translatorFor('en'))).toEqual({
      summary: result.summary,
      remediation: result.remediation,
    });
  });

  it('leave an older recording, or one whose arrays disagree, in its English', () => {
    const { remediationMessages: _dropped, ...older } = drifted();
    expect(localizeResult(older, translatorFor('fr')).remediation[0]).toBe(
      'Privacy settings: device hidden, Intune shown',
    );
    const torn = { ...drifted(), remediationMessages: [null] };
    expect(localizeResult(torn, translatorFor('fr')).remediation).toEqual(torn.remediation);
  });
});

describe('data inside a translated sentence', () => {
  const failedConnect = (code: number, connection: string): StepResult => {
    const ras = describeRasError(code);
    return StepResultSchema.parse({
      id: 'vpn-connect',
      stage: 'Connect',
      status: 'fail',
      ...say('vpn-connect', vpnConnectStep.messages ?? {}, 'failed', {
        connection,
        code: ras.code,
        name: ras.name,
        meaning: ras.said.meaning,
      }),
      details: {},
      ...remediate(ras.said.fix),
    });
  };

  it('stays as it is, even a VPN named like a declared word', () => {
    const shown = localizeResult(failedConnect(809, 'on'), translatorFor('fr'));
    expect(shown.summary).toContain('« on »');
    expect(shown.summary).not.toContain('« activé »');
  });

  it('an unknown RAS code is still said in the reader’s language, meaning and fix', () => {
    const result = failedConnect(61234, 'Contoso VPN');
    expect(result.summary).toContain('error 61234, which this app has no description for');
    const shown = localizeResult(result, translatorFor('de'));
    expect(shown.summary).toContain('Fehler 61234');
    expect(shown.summary).not.toContain('no description');
    expect(shown.remediation[0]).toBe(
      'Schlagen Sie den Fehler 61234 in der Microsoft-Liste „Fehlercodes für Routing und RAS“ nach.',
    );
  });
});
