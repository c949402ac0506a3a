import { useId, useRef, useState, type FormEvent } from 'react';
import type { ValidationType } from '../../common/ipc/contract.js';
import { useApp } from '../store.js';
import { DOMAIN_NAME } from '../../common/vocabulary.js';
import { EventsSinceField, eventsSinceIso } from './events-since-field.js';

const TYPES: Array<{ value: ValidationType; label: string; explain: string }> = [
  {
    value: 'on-network',
    label: 'Prepare and validate this device (on the corporate network)',
    explain:
      'Checks Windows, the join state, the Autopilot profile, proxy and endpoints, the VPN profile and certificate, then connects the VPN and finds a domain controller through it.',
  },
  {
    value: 'off-network',
    label: 'Sign in off the corporate network',
    explain:
      'After moving the device off the corporate network: you confirm the VPN icon on the logon screen and a sign-in with an account that has never signed in here.',
  },
  {
    value: 'oobe-update',
    label: 'Install the cumulative update during OOBE',
    explain:
      'During setup (Shift-F10): installs the cumulative update from a USB key, restarts, then checks the Windows build.',
  },
];

interface Problems {
  domain?: string;
  vpn?: string;
  updatePackage?: string;
}

export function ValidationForm() {
  const appInfo = useApp((s) => s.appInfo);
  const defaults = useApp((s) => s.defaults);
  const busy = useApp((s) => s.busy);
  const start = useApp((s) => s.start);
  const pickUpdatePackage = useApp((s) => s.pickUpdatePackage);
  const [type, setType] = useState<ValidationType>('on-network');
  const [domain, setDomain] = useState(defaults?.domain ?? '');
  const [vpn, setVpn] = useState('');
  const [updatePackage, setUpdatePackage] = useState('');
  const [eventsSince, setEventsSince] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const ids = { domain: useId(), vpn: useId(), pkg: useId(), live: useId(), type: useId() };
  const domainRef = useRef<HTMLInputElement>(null);
  const vpnRef = useRef<HTMLSelectElement>(null);
  const packageRef = useRef<HTMLButtonElement>(null);

  const connections = defaults?.vpnConnections ?? [];
  const usable = connections.filter((c) => c.usable);
  const liveUnavailable = appInfo?.live.available === false;

  function check(): Problems {
    const found: Problems = {};
    const d = domain.trim();
    if (d && !DOMAIN_NAME.test(d))
      found.domain = `"${d}" doesn't look like a domain name (for example corp.contoso.com).`;
    if (type === 'on-network' && !vpn && usable.length > 1) {
      found.vpn = 'This device has several VPN connections: choose the one to test.';
    }
    if (type === 'oobe-update' && !updatePackage) {
      found.updatePackage = 'Choose the cumulative update package (.msu) from the USB key.';
    }
    return found;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setProblems(found);
    const first = (['domain', 'vpn', 'updatePackage'] as const).find((k) => found[k]);
    if (first) {
      const field = { domain: domainRef, vpn: vpnRef, updatePackage: packageRef }[first];
      field.current?.focus();
      return;
    }
    const since = eventsSinceIso(eventsSince);
    void start(type, {
      domain: domain.trim() || null,
      vpnConnection: vpn || null,
      updatePackage: updatePackage || null,
      // Only when chosen: without it the events start at the last boot, as in a v1 session.
      ...(since ? { eventsSince: since } : {}),
    });
  }

  async function choosePackage() {
    const path = await pickUpdatePackage();
    if (path) {
      setUpdatePackage(path);
      setProblems((p) => ({ ...p, updatePackage: undefined }));
    }
  }

  return (
    <form className="panel start-form" onSubmit={onSubmit} noValidate aria-labelledby="new-validation">
      <h2 id="new-validation" className="panel-title">
        New validation
      </h2>
      <fieldset className="types">
        <legend>What are you validating?</legend>
        {TYPES.map((t) => (
          <label key={t.value} className={type === t.value ? 'type-option selected' : 'type-option'}>
            <input
              type="radio"
              name="validation-type"
              value={t.value}
              checked={type === t.value}
              aria-labelledby={`${ids.type}-${t.value}`}
              aria-describedby={`${ids.type}-${t.value}-explain`}
              onChange={() => setType(t.value)}
            />
            <span className="type-text">
              <span id={`${ids.type}-${t.value}`} className="type-label">
                {t.label}
              </span>
              <span id={`${ids.type}-${t.value}-explain`} className="type-explain">
                {t.explain}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="fields">
        <div className="field">
          <label htmlFor={ids.domain} className="field-label">
            Domain
          </label>
          <input
            ref={domainRef}
            id={ids.domain}
            type="text"
            className="input"
            value={domain}
            placeholder="corp.contoso.com"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problems.domain ? true : undefined}
            aria-describedby={`${ids.domain}-hint${problems.domain ? ` ${ids.domain}-error` : ''}`}
            onChange={(e) => setDomain(e.target.value)}
          />
          <p id={`${ids.domain}-hint`} className="field-hint">
            {defaults?.domain
              ? 'Filled in from this device.'
              : 'The Active Directory domain the VPN reaches.'}
          </p>
          {problems.domain ? (
            <p id={`${ids.domain}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {problems.domain}
            </p>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={ids.vpn} className="field-label">
            VPN connection
          </label>
          <select
            ref={vpnRef}
            id={ids.vpn}
            className="input"
            value={vpn}
            aria-invalid={problems.vpn ? true : undefined}
            aria-describedby={`${ids.vpn}-hint${problems.vpn ? ` ${ids.vpn}-error` : ''}`}
            onChange={(e) => {
              setVpn(e.target.value);
              setProblems((p) => ({ ...p, vpn: undefined }));
            }}
          >
            <option value="">Choose automatically</option>
            {connections.map((c) => (
              <option key={c.name} value={c.name} disabled={!c.usable}>
                {c.usable ? c.name : `${c.name} — not usable: ${c.reason ?? 'unknown reason'}`}
              </option>
            ))}
          </select>
          <p id={`${ids.vpn}-hint`} className="field-hint">
            {connections.length === 0
              ? 'No all-user VPN connection was found on this device.'
              : usable.length === 1
                ? `"Choose automatically" uses ${usable[0]?.name ?? 'the only usable connection'}.`
                : 'All-user connections on this device. Plug-in (Store) VPNs cannot work before sign-in.'}
          </p>
          {problems.vpn ? (
            <p id={`${ids.vpn}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {problems.vpn}
            </p>
          ) : null}
        </div>

        <EventsSinceField value={eventsSince} onChange={setEventsSince} />

        <div className="field wide">
          <label htmlFor={ids.pkg} className="field-label">
            Cumulative update package (.msu)
          </label>
          <div className="input-with-button">
            <input
              id={ids.pkg}
              type="text"
              className="input"
              readOnly
              value={updatePackage}
              placeholder={type === 'oobe-update' ? 'Required: choose the .msu file' : 'Optional'}
              aria-invalid={problems.updatePackage ? true : undefined}
              aria-describedby={problems.updatePackage ? `${ids.pkg}-error` : undefined}
            />
            <button ref={packageRef} type="button" className="button" onClick={() => void choosePackage()}>
              Choose update package…
            </button>
          </div>
          {problems.updatePackage ? (
            <p id={`${ids.pkg}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {problems.updatePackage}
            </p>
          ) : null}
        </div>
      </div>

      <div className="form-footer">
        <button
          type="submit"
          className="button primary large"
          disabled={busy || liveUnavailable}
          aria-describedby={liveUnavailable ? ids.live : undefined}
        >
          Start validation
        </button>
        {liveUnavailable ? (
          <p id={ids.live} className="hint">
            {/* On Windows the reason is the device's policy or PowerShell, not the platform. */}
            {appInfo?.platform === 'win32'
              ? 'Live checks cannot run on this computer (see the note above); you can still replay a recording.'
              : 'Live checks need Windows; you can still replay a recording.'}
          </p>
        ) : null}
      </div>
    </form>
  );
}
