/**
 * What only Electron can do, handed to the services as plain functions so everything behind
 * them runs (and is tested) in plain Node. app.ts implements it with Electron's APIs.
 */
import type { EmitEvent } from '../common/ipc/contract.js';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Electron safeStorage (DPAPI on Windows) for secrets at rest such as the token cache. */
export interface SecretBox {
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface ShellEnv {
  /** app.getPath('userData'): sessions, token cache and settings live under it. */
  userDataDir: string;
  appVersion: string;
  platform: NodeJS.Platform;
  emit: EmitEvent;
  /** Opens an allow-listed URL (main/external-links.ts) in the system browser or Settings. */
  openExternal(url: string): Promise<void>;
  showOpenDialog(title: string, filters: FileFilter[]): Promise<string | null>;
  showSaveDialog(title: string, defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /** Picks a folder (a folder of Graph pages for the fleet); absent where no folder can be picked. */
  showOpenFolderDialog?(title: string): Promise<string | null>;
  /** Renders self-contained HTML to PDF in a hidden, sandboxed window. */
  printToPdf(html: string): Promise<Buffer>;
  secrets: SecretBox;
}
