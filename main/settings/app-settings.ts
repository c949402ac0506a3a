/**
 * The app's own per-machine preferences, `<userData>/settings.json`: today the technician's
 * language. Read leniently (a missing, foreign or damaged file means "follow Windows"), written
 * atomically so a crash never leaves half a file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LanguageSchema, type Language } from '../../common/i18n/languages.js';
import { writeFileAtomic } from '../atomic-write.js';

export const APP_SETTINGS_FILE = 'settings.json';

const SettingsSchema = z.object({ language: LanguageSchema.nullable().catch(null) }).partial();
type Settings = z.infer<typeof SettingsSchema>;

export interface LanguageStore {
  read(): Promise<Language | null>;
  write(language: Language): Promise<void>;
}

async function readSettings(file: string): Promise<Settings> {
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function createLanguageStore(userDataDir: string): LanguageStore {
  const file = join(userDataDir, APP_SETTINGS_FILE);
  return {
    async read() {
      return (await readSettings(file)).language ?? null;
    },
    async write(language) {
      const settings = { ...(await readSettings(file)), language };
      await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
    },
  };
}
