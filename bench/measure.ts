/**
 * Paired timing: a subject and its baseline are sampled alternately in the same process, so machine
 * load and JIT state affect both alike and only their ratio is meaningful.
 */

export interface Sampled {
  id: string;
  medianNs: number;
  samples: number;
}

export interface Paired {
  baseline: Sampled;
  subject: Sampled;
  /** subject / baseline: how many times the baseline's cost the subject costs. */
  ratio: number;
}

export interface Workload {
  id: string;
  run: () => unknown;
}

export interface PairOptions {
  samples: number;
  /** Calls per sample; several calls per sample keep timer resolution out of the figure. */
  batch: number;
  warmup: number;
}

let sink: unknown = null;

/** Keeps results reachable so the JIT cannot drop the work being measured. */
export function keep(value: unknown): void {
  sink = value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

async function timeBatch(work: Workload, batch: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) {
    const out = work.run();
    keep(isThenable(out) ? await out : out);
  }
  return Number(process.hrtime.bigint() - started) / batch;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function comparePair(
  baseline: Workload,
  subject: Workload,
  options: PairOptions,
): Promise<Paired> {
  for (let i = 0; i < options.warmup; i++) {
    await timeBatch(baseline, options.batch);
    await timeBatch(subject, options.batch);
  }
  const base: number[] = [];
  const subj: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    // Alternate which goes first so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      base.push(await timeBatch(baseline, options.batch));
      subj.push(await timeBatch(subject, options.batch));
    } else {
      subj.push(await timeBatch(subject, options.batch));
      base.push(await timeBatch(baseline, options.batch));
    }
  }
  const baselineNs = Math.max(median(base), 1);
  const subjectNs = Math.max(median(subj), 1);
  void sink;
  return {
    baseline: { id: baseline.id, medianNs: baselineNs, samples: base.length },
    subject: { id: subject.id, medianNs: subjectNs, samples: subj.length },
    ratio: subjectNs / baselineNs,
  };
}
