import { useId, useState } from 'react';
import type { Stage } from '../../common/model.js';
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { SignInPanel } from '../components/sign-in-panel.js';
import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';
import { isActive } from '../steps/status.js';

/**
 * What a stage needs from the technician, editable where it is needed: the VPN connection and
 * domain before connecting, the .msu package before installing. A replay keeps the recording's.
 */
export function StageInputs({ stage, snapshot }: { stage: Stage; snapshot: SessionSnapshot }) {
  const { t } = useText();
  const defaults = useApp((s) => s.defaults);
  const changeInputs = useApp((s) => s.changeInputs);
  const pickUpdatePackage = useApp((s) => s.pickUpdatePackage);
  const vpnId = useId();
  const domainId = useId();
  const [domain, setDomain] = useState(snapshot.inputs.domain ?? '');
  const running = snapshot.steps.some(isActive);
  const locked = snapshot.readOnly || snapshot.mode === 'replay' || running;
  const inputs = snapshot.inputs;
  const note =
    snapshot.mode === 'replay' ? <p className="hint full">{t('stageInputs.replayInputs')}</p> : null;

  if (stage === 'Tenant') {
    // The tenant steps send the technician here to sign in: the control is at the top of the stage,
    // once for both checks (they wait on the same sign-in).
    return (
      <div className="stage-inputs">
        {snapshot.mode === 'replay' ? <p className="hint full">{t('stageInputs.replayTenant')}</p> : null}
        <SignInPanel compact />
      </div>
    );
  }

  if (stage === 'Connect') {
    const connections = defaults?.vpnConnections ?? [];
    const current = inputs.vpnConnection ?? '';
    const known = connections.some((c) => c.name === current);
    return (
      <div className="stage-inputs">
        {note}
        <div className="field">
          <label htmlFor={vpnId} className="field-label">
            {t('form.vpn')}
          </label>
          <select
            id={vpnId}
            className="input"
            value={current}
            disabled={locked}
            onChange={(e) => void changeInputs({ ...inputs, vpnConnection: e.target.value || null })}
          >
            <option value="">{t('form.vpnAuto')}</option>
            {current && !known ? <option value={current}>{current}</option> : null}
            {connections.map((c) => (
              <option key={c.name} value={c.name} disabled={!c.usable}>
                {c.usable
                  ? c.name
                  : t('form.vpnNotUsable', { name: c.name, reason: c.reason ?? t('form.vpnUnknownReason') })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={domainId} className="field-label">
            {t('form.domain')}
          </label>
          <div className="input-with-button">
            <input
              id={domainId}
              type="text"
              className="input"
              value={domain}
              disabled={locked}
              spellCheck={false}
              onChange={(e) => setDomain(e.target.value)}
            />
            <button
              type="button"
              className="button"
              disabled={locked || domain.trim() === (inputs.domain ?? '')}
              onClick={() => void changeInputs({ ...inputs, domain: domain.trim() || null })}
            >
              {t('stageInputs.saveDomain')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  if (stage === 'Cumulative update') {
    return (
      <div className="stage-inputs">
        {note}
        <p className="package">
          <strong>{t('stageInputs.package')} </strong>
          {inputs.updatePackage ?? t('stageInputs.noPackage')}
        </p>
        <button
          type="button"
          className="button"
          disabled={locked}
          onClick={() =>
            void pickUpdatePackage().then((path) =>
              path ? changeInputs({ ...inputs, updatePackage: path }) : undefined,
            )
          }
        >
          {t('form.packageChoose')}
        </button>
      </div>
    );
  }
  return null;
}
