import { useText } from '../i18n/use-text.js';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ValidationType } from '../../common/ipc/contract.js';
import { useApp } from '../store.js';
import { DOMAIN_NAME } from '../../common/vocabulary.js';
import { EventsSinceField, eventsSinceIso } from './events-since-field.js';

const TYPES: readonly ValidationType[] = ['on-network', 'off-network', 'oobe-update'];

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
  const { t } = useText();
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
    if (d && !DOMAIN_NAME.test(d)) found.domain = t('form.domainInvalid', { domain: d });
    if (type === 'on-network' && !vpn && usable.length > 1) {
      found.vpn = t('form.vpnChoose');
    }
    if (type === 'oobe-update' && !updatePackage) {
      found.updatePackage = t('form.packageMissing');
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
        {t('form.title')}
      </h2>
      <fieldset className="types">
        <legend>{t('form.question')}</legend>
        {TYPES.map((value) => (
          <label key={value} className={type === value ? 'type-option selected' : 'type-option'}>
            <input
              type="radio"
              name="validation-type"
              value={value}
              checked={type === value}
              aria-labelledby={`${ids.type}-${value}`}
              aria-describedby={`${ids.type}-${value}-explain`}
              onChange={() => setType(value)}
            />
            <span className="type-text">
              <span id={`${ids.type}-${value}`} className="type-label">
                {t(`form.type.${value}`)}
              </span>
              <span id={`${ids.type}-${value}-explain`} className="type-explain">
                {t(`form.type.${value}.explain`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="fields">
        <div className="field">
          <label htmlFor={ids.domain} className="field-label">
            {t('form.domain')}
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
            {defaults?.domain ? t('form.domainFromDevice') : t('form.domainHint')}
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
            {t('form.vpn')}
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
            <option value="">{t('form.vpnAuto')}</option>
            {connections.map((c) => (
              <option key={c.name} value={c.name} disabled={!c.usable}>
                {c.usable
                  ? c.name
                  : t('form.vpnNotUsable', { name: c.name, reason: c.reason ?? t('form.vpnUnknownReason') })}
              </option>
            ))}
          </select>
          <p id={`${ids.vpn}-hint`} className="field-hint">
            {connections.length === 0
              ? t('form.vpnNone')
              : usable.length === 1
                ? t('form.vpnAutoUses', { name: usable[0]?.name ?? '' })
                : t('form.vpnAllUser')}
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
            {t('form.package')}
          </label>
          <div className="input-with-button">
            <input
              id={ids.pkg}
              type="text"
              className="input"
              readOnly
              value={updatePackage}
              placeholder={type === 'oobe-update' ? t('form.packageRequired') : t('form.packageOptional')}
              aria-invalid={problems.updatePackage ? true : undefined}
              aria-describedby={problems.updatePackage ? `${ids.pkg}-error` : undefined}
            />
            <button ref={packageRef} type="button" className="button" onClick={() => void choosePackage()}>
              {t('form.packageChoose')}
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
          {t('form.start')}
        </button>
        {liveUnavailable ? (
          <p id={ids.live} className="hint">
            {/* On Windows the reason is the device's policy or PowerShell, not the platform. */}
            {appInfo?.platform === 'win32' ? t('form.liveBlockedWindows') : t('form.liveNeedsWindows')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
