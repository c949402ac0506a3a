/** Where tests find the repository and its fixtures, whatever folder the test itself lives in. */
import { join, resolve } from 'node:path';

// import.meta.dirname, not import.meta.url: under jsdom the URL class is the DOM's.
export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const SCENARIO_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'scenarios');
export const NATIVE_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'native');
export const EVENT_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'events');
export const PROBE_SCRIPTS = join(REPO_ROOT, 'main', 'probes', 'scripts');
export const FAKES = join(REPO_ROOT, 'test', 'fakes');
