import { Fragment, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Evidence } from '../../common/model.js';
import { commandFor } from '../../common/engine/probe-commands.js';
import { useText } from '../i18n/use-text.js';

// The arguments as the probe received them (names and values are copied by hand, never translated):
// each name is a token of the probe, so it reads as code.
function argsText(args: Evidence['args'], t: TFunction): ReactNode {
  const entries = Object.entries(args);
  if (entries.length === 0) return t('evidence.noArguments');
  return entries.map(([k, v], i) => (
    <Fragment key={k}>
      {i > 0 ? ', ' : null}
      <code>{k}</code> = {v === null ? 'null' : String(v)}
    </Fragment>
  ));
}

/** Why there is no result, in the reader's language, then the runner's own text verbatim for support. */
function NoResult({ evidence, t }: { evidence: Evidence; t: TFunction }) {
  if (!evidence.failure && !evidence.failureKind) return <>{t('evidence.noOutput')}</>;
  return (
    <>
      {t(`evidenceFailure.${evidence.failureKind ?? 'other'}`)}
      {evidence.failure ? (
        <>
          {' '}
          <code className="failure">{evidence.failure}</code>
        </>
      ) : null}
    </>
  );
}

/** The raw facts behind a verdict, for the technician who wants to see what Windows said. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useText();
  if (evidence.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <div className="evidence">
      {evidence.map((e, index) => {
        const command = commandFor(e);
        return (
          <section
            key={`${e.probe}-${index}`}
            className="evidence-item"
            aria-label={t('evidence.label', { probe: e.probe })}
          >
            {command ? (
              <>
                <p className="pre-label">{t('evidence.byHand')}</p>
                <pre className="output command" tabIndex={0}>
                  {command}
                </pre>
              </>
            ) : null}
            <dl className="facts">
              <dt>{t('evidence.probe')}</dt>
              <dd>
                <code>{e.probe}</code>
              </dd>
              <dt>{t('evidence.arguments')}</dt>
              <dd>{argsText(e.args, t)}</dd>
              {e.result ? (
                <>
                  <dt>{t('evidence.exitCode')}</dt>
                  <dd>{e.result.exitCode}</dd>
                  <dt>{t('evidence.took')}</dt>
                  <dd>
                    {t('evidence.seconds', { s: e.result.durationMs / 1000 })}
                    {e.result.timedOut ? t('evidence.timedOut') : ''}
                  </dd>
                </>
              ) : (
                <>
                  <dt>{t('evidence.noResult')}</dt>
                  <dd>
                    <NoResult evidence={e} t={t} />
                  </dd>
                </>
              )}
            </dl>
            {e.result && e.result.stdout ? (
              <>
                <p className="pre-label">{t('evidence.output')}</p>
                <pre className="output" tabIndex={0}>
                  {e.result.stdout}
                </pre>
              </>
            ) : null}
            {e.result && e.result.stderr ? (
              <>
                <p className="pre-label">{t('evidence.errorOutput')}</p>
                <pre className="output" tabIndex={0}>
                  {e.result.stderr}
                </pre>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
