/**
 * Renderer figures: built asset weight always; first paint and the longest main-thread task in
 * Debian's Chromium when a browser run is asked for (skipped with --tiny / --no-browser).
 */
import { type RendererFigures, describeError } from './results.js';
import { rendererSizes } from './renderer-size.js';

export interface RendererOptions {
  browser: boolean;
  runs: number;
}

const NO_BROWSER = { firstPaintMs: null, checklistPaintMs: null, longestTaskMs: null, longestFrameMs: null };

export async function rendererFigures(options: RendererOptions): Promise<RendererFigures> {
  let sizes;
  try {
    sizes = rendererSizes();
  } catch (error) {
    return {
      status: 'unavailable',
      reason: `renderer not built: ${describeError(error)}`,
      jsBytes: null,
      jsGzipBytes: null,
      cssBytes: null,
      cssGzipBytes: null,
      ...NO_BROWSER,
    };
  }
  if (!options.browser) {
    return {
      status: 'partial',
      reason: 'browser timings skipped (--tiny or --no-browser)',
      ...sizes,
      ...NO_BROWSER,
    };
  }
  try {
    const { browserTimings } = await import('./renderer-browser.js');
    const timings = await browserTimings(options.runs);
    return { status: 'ok', reason: null, ...sizes, ...timings };
  } catch (error) {
    return {
      status: 'partial',
      reason: `browser timings unavailable: ${describeError(error)}`,
      ...sizes,
      ...NO_BROWSER,
    };
  }
}
