import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SETTINGS_FILE, createLanguageStore } from '../../../../main/settings/app-settings.js';

describe('the language remembered on this machine', () => {
  it('is kept in settings.json across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hvv-settings-'));
    await createLanguageStore(dir).write('de');
    expect(await createLanguageStore(dir).read()).toBe('de');
    expect(JSON.parse(await readFile(join(dir, APP_SETTINGS_FILE), 'utf8'))).toEqual({ language: 'de' });
  });
  it('follows Windows again when the file is damaged or names an unknown language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hvv-settings-'));
    await writeFile(join(dir, APP_SETTINGS_FILE), '{"language":"xx"}');
    expect(await createLanguageStore(dir).read()).toBeNull();
    await writeFile(join(dir, APP_SETTINGS_FILE), '{not json');
    expect(await createLanguageStore(dir).read()).toBeNull();
  });
});
