/**
 * Process exit codes as 32-bit values. PowerShell's $LASTEXITCODE is signed (wusa's 0x80240017 is
 * -2145124329) while other recorders store the unsigned form (2149842967); the contract says both
 * mean the same code, so every comparison goes through here.
 */

const TWO_POW_32 = 4294967296;

function asInteger(code: number): number {
  return Number.isFinite(code) ? Math.trunc(code) : 0;
}

export function toUnsigned32(code: number): number {
  const n = asInteger(code) % TWO_POW_32;
  return n < 0 ? n + TWO_POW_32 : n;
}

export function toSigned32(code: number): number {
  const u = toUnsigned32(code);
  return u >= 0x80000000 ? u - TWO_POW_32 : u;
}

/** `0x80240017`: eight hex digits, upper case, the way Windows documentation prints HRESULTs. */
export function formatHex(code: number): string {
  return `0x${toUnsigned32(code).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * HRESULT_FROM_WIN32 (0x8007xxxx) wraps a Win32/RAS code; tools that record HRESULTs keep it wrapped.
 * 0x80070329 is RAS error 809.
 */
export function unwrapWin32(code: number): number {
  const unsigned = toUnsigned32(code);
  return (unsigned & 0xffff0000) >>> 0 === 0x80070000 ? unsigned & 0xffff : unsigned;
}

export function sameCode(a: number, b: number): boolean {
  return toUnsigned32(a) === toUnsigned32(b);
}
