export interface PsSyntaxProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export declare const DEFAULT_SCRIPTS_DIR: string;

export type PsSyntaxEngine = 'pwsh' | 'tree-sitter';

/**
 * Parses .ps1 files (or every .ps1 in the given folders) with PowerShell's own parser when pwsh is
 * found (else the tree-sitter grammar) and lists parse errors and non-ASCII text.
 */
export declare function checkPsSyntax(
  targets?: string[],
  options?: { engine?: PsSyntaxEngine },
): Promise<{ files: string[]; problems: PsSyntaxProblem[]; engine: PsSyntaxEngine }>;

export declare function formatProblem(problem: PsSyntaxProblem): string;
