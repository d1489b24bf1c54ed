// Random documents (the core's fast-check arbitraries: odd strings, blank years, lines without an
// area, grundinvestering and outside-totals flags, proposals without an economy) through every
// format: nothing throws, and the JSON round trip gives every number back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentArb } from '../src/core/testing/arbitraries.ts';
import { EXPORT_FORMATS, exportDocument } from '../src/formats/export.ts';
import { exportJson } from '../src/formats/open-data/index.ts';
import { readDocumentJson } from '../src/formats/open-data/read-json.ts';

describe('exports of random documents', () => {
  it('every format produces a file', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentArb({ maxLines: 6 }),
        fc.constantFrom(...EXPORT_FORMATS),
        async (doc, format) => {
          const bytes = await exportDocument(doc, format, { created: new Date('2026-01-01T00:00:00Z') });
          expect(bytes.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('JSON round trip: every number and string comes back identical', () => {
    fc.assert(
      fc.property(documentArb(), (doc) => {
        const back = readDocumentJson(new TextDecoder().decode(exportJson(doc)));
        expect(back.proposals.map(({ computed: _c, ...p }) => p)).toEqual(doc.proposals);
        expect(back.priceLevelYear).toBe(doc.priceLevelYear);
      }),
      { numRuns: 300 },
    );
  });
});
