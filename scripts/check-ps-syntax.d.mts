export interface PsSyntaxProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export declare const DEFAULT_SCRIPTS_DIR: string;

/** Parses .ps1 files (or every .ps1 in the given folders) and lists ERROR/MISSING nodes and non-ASCII text. */
export declare function checkPsSyntax(
  targets?: string[],
): Promise<{ files: string[]; problems: PsSyntaxProblem[] }>;

export declare function formatProblem(problem: PsSyntaxProblem): string;
