import { z } from 'zod';
import type { StepDefinition } from '../step-definition.js';
import { askStructured, checkError } from '../rules/probe-call.js';
import { say } from '../say.js';
import { DOCS, VPN_REQUIREMENTS } from '../sources.js';
import { decimalInteger, showRaw } from '../parsers/strict-values.js';

const OsVersionSchema = z.object({
  ProductName: z.string().nullish(),
  EditionID: z.string().nullish(),
  ReleaseId: z.string().nullish(),
  DisplayVersion: z.string().nullish(),
  CurrentBuild: z.union([z.string(), z.number()]).nullish(),
  UBR: z.union([z.number(), z.string()]).nullish(),
});

/** Absent → null; present but not a decimal integer (hex, exponent, words) → not understood. */
function toInteger(name: string, value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = decimalInteger(value);
  if (n === null) {
    throw checkError(say('os-build', MESSAGES, 'notDecimal', { name, raw: showRaw(value) }), { raw: value });
  }
  return n;
}

/** 1903 and 1909 need the December 10, 2019 cumulative update (KB4530684, UBR 535) for VPN support. */
const MIN_UBR_19H = 535;
const FIRST_UNCONDITIONAL_BUILD = 19041;

// Builds are strings: ICU would group a number ("19,045").
const MESSAGES = {
  supported: 'Build {build} supports hybrid join with VPN.',
  hasUpdate: 'Build {build} has KB4530684 or a later cumulative update.',
  missingUpdate: 'Build {build} is older than {minimum}: install KB4530684 or a later cumulative update.',
  // Said as errors: the build cannot be decided.
  notDecimal: "os.version's {name} was not understood: {raw} is not a decimal number.",
  noBuild: 'os.version did not report a readable CurrentBuild.',
  noUbr: 'os.version reported build {build} without its UBR.',
  tooOld:
    'Build {build} is too old: hybrid join with VPN needs Windows 10 1903/1909 with KB4530684, or 2004 and later.',
  fixReinstallSupported:
    'Reinstall or upgrade the device to a supported Windows 10/11 release (2004 or later) before enrolling it.',
  fixMinimumBuild: `Minimum for 1903/1909: build 18362.535 / 18363.535 (${DOCS.kb4530684}).`,
} as const;

export const osBuildStep: StepDefinition = {
  id: 'os-build',
  stage: 'Requirements',
  kind: 'check',
  title: 'Windows version supports VPN during Autopilot',
  instructions: 'The app reads the Windows build and update revision (UBR) from the registry.',
  why: 'Skipping the domain connectivity check needs Windows 10 1903/1909 with the December 2019 cumulative update (KB4530684) or Windows 10 2004 or later.',
  source: VPN_REQUIREMENTS,
  probes: ['os.version'],
  dependsOn: [],
  remediation: {
    fail: [
      `Download the latest cumulative update for this Windows version from ${DOCS.updateCatalog} onto a USB key.`,
      'During OOBE press Shift-F10, then run: wusa.exe D:\\<update>.msu /quiet /norestart (or use the "Cumulative update" step of this app).',
      'Reboot with: shutdown.exe /r /t 0, then run this check again.',
      `KB4530684 (build 18362.535 / 18363.535) is the minimum: ${DOCS.kb4530684}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const os = await askStructured(ctx, { probe: 'os.version', args: {} }, OsVersionSchema, 'object');
    const build = toInteger('CurrentBuild', os.CurrentBuild);
    const ubr = toInteger('UBR', os.UBR);
    const details = {
      build,
      ubr,
      productName: os.ProductName ?? null,
      version: os.DisplayVersion ?? os.ReleaseId ?? null,
    };
    if (build === null) throw checkError(say('os-build', MESSAGES, 'noBuild'), details);
    const shown = ubr === null ? `${build}` : `${build}.${ubr}`;
    if (build >= FIRST_UNCONDITIONAL_BUILD) {
      return { status: 'pass', ...say('os-build', MESSAGES, 'supported', { build: shown }), details };
    }
    if (build === 18362 || build === 18363) {
      if (ubr === null)
        throw checkError(say('os-build', MESSAGES, 'noUbr', { build: String(build) }), details);
      if (ubr >= MIN_UBR_19H) {
        return {
          status: 'pass',
          ...say('os-build', MESSAGES, 'hasUpdate', { build: shown }),
          details,
        };
      }
      return {
        status: 'fail',
        ...say('os-build', MESSAGES, 'missingUpdate', { build: shown, minimum: `${build}.${MIN_UBR_19H}` }),
        details,
      };
    }
    return {
      status: 'fail',
      ...say('os-build', MESSAGES, 'tooOld', { build: shown }),
      details,
      remediation: [MESSAGES.fixReinstallSupported, MESSAGES.fixMinimumBuild],
    };
  },
};
