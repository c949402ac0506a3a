/**
 * Limits both sides of the bridge enforce. Its own file without zod, so the renderer can import it
 * without pulling the schemas into its bundle.
 */

/** The largest scenario file the app reads (a recording with a very chatty device is a few MB). */
export const SCENARIO_MAX_BYTES = 50_000_000;

/**
 * The largest Intune diagnostics zip the app takes by drag and drop (it crosses the bridge as
 * base64); a larger one is imported with `hvv import --intune-diagnostics`.
 */
export const DIAGNOSTICS_MAX_BYTES = 100_000_000;
