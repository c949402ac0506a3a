import type { Evidence } from '../../common/model.js';
import { commandFor } from '../../common/engine/probe-commands.js';

function argsText(args: Evidence['args']): string {
  const entries = Object.entries(args);
  if (entries.length === 0) return 'none';
  return entries.map(([k, v]) => `${k} = ${v === null ? 'null' : String(v)}`).join(', ');
}

/** The raw facts behind a verdict, for the technician who wants to see what Windows said. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">No command output was collected for this step.</p>;
  return (
    <div className="evidence">
      {evidence.map((e, index) => {
        const command = commandFor(e);
        return (
          <section key={`${e.probe}-${index}`} className="evidence-item" aria-label={`Evidence: ${e.probe}`}>
            {command ? (
              <>
                <p className="pre-label">Run it by hand in PowerShell</p>
                <pre className="output command" tabIndex={0}>
                  {command}
                </pre>
              </>
            ) : null}
            <dl className="facts">
              <dt>Probe</dt>
              <dd>
                <code>{e.probe}</code>
              </dd>
              <dt>Arguments</dt>
              <dd>{argsText(e.args)}</dd>
              {e.result ? (
                <>
                  <dt>Exit code</dt>
                  <dd>{e.result.exitCode}</dd>
                  <dt>Took</dt>
                  <dd>
                    {(e.result.durationMs / 1000).toFixed(1)} s{e.result.timedOut ? ' (timed out)' : ''}
                  </dd>
                </>
              ) : (
                <>
                  <dt>No result</dt>
                  <dd>{e.failure ?? 'The command produced no result.'}</dd>
                </>
              )}
            </dl>
            {e.result && e.result.stdout ? (
              <>
                <p className="pre-label">Output</p>
                <pre className="output" tabIndex={0}>
                  {e.result.stdout}
                </pre>
              </>
            ) : null}
            {e.result && e.result.stderr ? (
              <>
                <p className="pre-label">Error output</p>
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
