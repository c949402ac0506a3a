import type { Configuration } from 'app-builder-lib';

/** Problems with an electron-builder config: its schema, then the project's packaging rules. */
export declare function validateBuilderConfig(configPath: string): Promise<string[]>;

/** The PowerShell files the build copies into dist/, as paths inside the app (dist/main/...). */
export declare function bundledScripts(): string[];

/** Of `files`, those electron-builder would not Authenticode-sign (not unpacked, or not in win.signExts). */
export declare function unsignedBundledFiles(config: Configuration, files?: string[]): string[];
