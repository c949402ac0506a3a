import type { Metafile } from 'esbuild';

export declare const CLI_OUT_DIR: string;

/** Bundles the hvv command into outDir (dist/cli by default) and returns esbuild's metafile. */
export declare function buildCli(outDir?: string): Promise<Metafile>;
