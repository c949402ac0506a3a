/**
 * The fleet report as the app's Fleet screen receives it over IPC: the same data as `hvv-fleet/1`
 * (fleet-report.ts) plus where it came from, checked with zod at the bridge like every answer.
 */
import { z } from 'zod';
import { StepIdSchema } from '../model.js';
import type { FleetReport } from './fleet-report.js';

export const FleetVerdictSchema = z.enum(['not-ready', 'unknown', 'incomplete', 'ready']);

const text = (max: number) => z.string().max(max);
/** Intune's object ids; any GUID, not only RFC 4122 versions. */
export const GuidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'is not a GUID');

export const FleetViewSchema = z.object({
  /** What was read: a file or folder name, or "Remediation <name>". */
  source: text(400),
  scriptId: text(64),
  generatedAt: text(40),
  counts: z.record(FleetVerdictSchema, z.number().int().nonnegative()),
  causes: z.array(
    z.object({
      step: StepIdSchema,
      status: z.enum(['fail', 'error']),
      title: text(400),
      devices: z.number().int().nonnegative(),
      fix: z.array(text(2000)),
    }),
  ),
  unknownReasons: z.array(z.object({ reason: text(400), devices: z.number().int().nonnegative() })),
  onSite: z.array(z.object({ step: StepIdSchema, title: text(400) })),
  devices: z.array(
    z.object({
      device: text(400),
      lastRun: text(100).nullable(),
      verdict: FleetVerdictSchema,
      failed: z.array(StepIdSchema),
      reason: text(2000).nullable(),
    }),
  ),
});
export type FleetView = z.infer<typeof FleetViewSchema>;

/** A remediation to choose from (Graph deviceHealthScripts). */
export const RemediationChoiceSchema = z.object({
  id: GuidSchema,
  displayName: text(500),
  publisher: text(500).nullable(),
  lastModified: text(60).nullable(),
});
export type RemediationChoice = z.infer<typeof RemediationChoiceSchema>;

const cut = (value: string, max: number): string =>
  value.length > max ? `${value.slice(0, max - 1)}…` : value;

/** Device names and reasons come from the export: long ones are cut, never refused. */
export function toFleetView(report: FleetReport, source: string): FleetView {
  return {
    source: cut(source, 400),
    scriptId: report.scriptId,
    generatedAt: report.generatedAt,
    counts: { ...report.counts },
    causes: report.causes.map((c) => ({
      step: c.step,
      status: c.status,
      title: cut(c.title, 400),
      devices: c.devices,
      fix: c.fix.map((f) => cut(f, 2000)),
    })),
    unknownReasons: report.unknownReasons.map((u) => ({ reason: cut(u.reason, 400), devices: u.devices })),
    onSite: report.onSite.map((s) => ({ step: s.step, title: cut(s.title, 400) })),
    devices: report.devices.map((d) => ({
      device: cut(d.device, 400),
      lastRun: d.lastRun === null ? null : cut(d.lastRun, 100),
      verdict: d.verdict,
      failed: [...d.failed],
      reason: d.reason === null ? null : cut(d.reason, 2000),
    })),
  };
}
