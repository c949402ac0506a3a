import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../../common/engine/checklist.js';
import { docSectionKey } from '../../../../renderer/steps/doc-section.js';

describe('docSectionKey', () => {
  it('finds a catalog key for every Microsoft Learn section a step cites', () => {
    const untranslated = [...new Set(CHECKLIST.map((step) => step.source.section))].filter(
      (title) => docSectionKey(title) === null,
    );
    expect(untranslated).toEqual([]);
  });

  it('has no key for a title it does not know, so the engine’s English is shown', () => {
    expect(docSectionKey('A section added after the catalogs')).toBeNull();
  });
});
