/** Every path and `path#symbol` docs/ARCHITECTURE.md names must exist, so its recipes stay followable. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
const named = [...doc.matchAll(/`([^`\s]+)`/g)]
  .map((m) => m[1] ?? '')
  .filter((ref) => /^(common|main|preload|renderer|test|scripts|docs|bench|bin)\/|\.js$/.test(ref))
  .filter((ref) => !ref.includes('<'));

describe('docs/ARCHITECTURE.md', () => {
  it('names real files', () => {
    expect(named.length).toBeGreaterThan(40);
    const missing = named
      .map((ref) => ref.split('#')[0] ?? '')
      .filter((path) => !existsSync(join(REPO_ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('names symbols that exist in the files it puts them in', () => {
    const absent = named
      .filter((ref) => ref.includes('#'))
      .filter((ref) => {
        const [path = '', symbol = ''] = ref.split('#');
        return !new RegExp(`\\b${symbol}\\b`).test(readFileSync(join(REPO_ROOT, path), 'utf8'));
      });
    expect(absent).toEqual([]);
  });
});
