/**
 * Session ids become file names and a RunOnce command line, so only a narrow alphabet is accepted:
 * nothing that could climb out of the sessions folder or break out of a command-line argument.
 */
const SESSION_ID = /^[A-Za-z0-9-]{1,128}$/;

export function isValidSessionId(id: unknown): id is string {
  return typeof id === 'string' && SESSION_ID.test(id);
}

export function assertValidSessionId(id: unknown): asserts id is string {
  if (!isValidSessionId(id)) {
    throw new Error(
      `Invalid session id ${JSON.stringify(String(id)).slice(0, 80)}: only letters, digits and "-" (1 to 128) are allowed.`,
    );
  }
}
