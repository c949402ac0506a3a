import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** Lints a planted file as if it stood at `file`, and returns the layer rule's messages. */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${REPO_ROOT}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/import-direction')
    .map((message) => message.message);
}

describe('the layer rule (docs/ARCHITECTURE.md)', () => {
  it.each([
    [
      'common/planted.ts',
      "import { app } from '../main/app.js';\nexport const x = app;\n",
      "'common/' may not import from 'main/'",
    ],
    [
      'common/engine/planted.ts',
      "import { x } from '../../renderer/store.js';\nexport const y = x;\n",
      "'common/' may not import from 'renderer/'",
    ],
    [
      'common/planted.ts',
      "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
      "may not import 'node:fs/promises'",
    ],
    [
      'common/planted.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
      "may not import 'electron'",
    ],
    [
      'renderer/planted.ts',
      "import { x } from '../main/api.js';\nexport const y = x;\n",
      "'renderer/' may not import from 'main/'",
    ],
    [
      'renderer/planted.ts',
      "import { x } from '../preload/index.js';\nexport const y = x;\n",
      "'renderer/' may not import from 'preload/'",
    ],
    [
      'renderer/planted.ts',
      "import { spawn } from 'node:child_process';\nexport const s = spawn;\n",
      "may not import 'node:child_process'",
    ],
    [
      'preload/planted.ts',
      "import { x } from '../main/ipc.js';\nexport const y = x;\n",
      "'preload/' may not import from 'main/'",
    ],
    [
      'main/planted.ts',
      "import { x } from '../renderer/store.js';\nexport const y = x;\n",
      "'main/' may not import from 'renderer/'",
    ],
    [
      'main/planted.ts',
      "export { x } from '../preload/index.js';\n",
      "'main/' may not import from 'preload/'",
    ],
    [
      'common/planted.ts',
      "export const load = () => import('../main/app.js');\n",
      "'common/' may not import from 'main/'",
    ],
  ])('fails the lint for %s importing upward', async (file, source, expected) => {
    const errors = await layerErrors(file, source);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    ['renderer/planted.ts', "import { STAGES } from '../common/vocabulary.js';\nexport const s = STAGES;\n"],
    [
      'preload/planted.ts',
      "import { invokeChannels } from '../common/ipc/contract.js';\nexport const c = invokeChannels;\n",
    ],
    [
      'main/planted.ts',
      "import { readFile } from 'node:fs/promises';\nimport { STAGES } from '../common/vocabulary.js';\nexport const r = [readFile, STAGES];\n",
    ],
    ['common/planted.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
  ])('accepts %s importing down the layers', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
