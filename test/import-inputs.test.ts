// What users actually have, fed to the importer exactly as they have it (no test cleans its input):
// the 2026 catalog as our PDF and Word exports, the PDF through pdftotext with and without -layout
// (form feeds included); the 2025 catalog rewritten in Markdown with bold cells and form feeds; a
// text with no proposal, which is refused, never answered with an empty document.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import { ImportError } from '../src/core/errors.ts';
import { messageText } from '../src/core/messages/index.ts';
import type { CatalogTable, GevinstDocument, Proposal } from '../src/core/model.ts';
import { exportDocx } from '../src/formats/docx/index.ts';
import { catalogTables } from '../src/formats/export-view/index.ts';
import { readDocument } from '../src/formats/import.ts';
import { exportPdf } from '../src/formats/pdf/index.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import { hasPdftotext, pdftotext } from './pdftotext.ts';

const ARTIFACTS = resolve(import.meta.dirname, '..', 'test-artifacts', 'import-inputs');

/** The numbers of a proposal's economy lines, in order. */
function lineNumbers(p: Proposal) {
  return (p.economy?.lines ?? [])
    .filter((l) => Object.keys(l.amounts).length > 0)
    .map((l) => ({ section: l.section, budgetArea: l.budgetArea, amounts: l.amounts }));
}

const nonZero = (a: Record<string, number>) =>
  Object.fromEntries(Object.entries(a).filter(([, v]) => v !== 0));

const file2026 = corpusFile(CORPUS_FILES.y2026);

describe.skipIf(!file2026)('the 2026 catalog as users have it', () => {
  const original = file2026 ? readTextCatalog(readFileSync(file2026, 'utf8'), null) : ({} as GevinstDocument);
  const inputs = new Map<string, () => Promise<GevinstDocument>>();
  const withPoppler = hasPdftotext('the catalog through pdftotext is');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await exportPdf(original, {
      created: new Date(Date.UTC(2026, 11, 6)),
      subtitle: 'Budget 2026',
    });
    const docx = await exportDocx(original, { created: new Date(Date.UTC(2026, 11, 6)) });
    const pdfPath = join(ARTIFACTS, 'katalog-2026.pdf');
    writeFileSync(pdfPath, pdf);
    inputs.set('our PDF export', () => readDocument(pdf, 'katalog.pdf'));
    inputs.set('our Word export', () => readDocument(docx, 'katalog.docx'));
    if (withPoppler) {
      for (const [name, layout] of [
        ['pdftotext -layout', true],
        ['pdftotext', false],
      ] as const) {
        // Exactly what pdftotext writes: form feeds between pages.
        const text = pdftotext(pdfPath, layout);
        writeFileSync(join(ARTIFACTS, `katalog-2026 ${name}.txt`), text);
        inputs.set(name, () => readDocument(new TextEncoder().encode(text), 'katalog.txt'));
      }
    }
  }, 120_000);

  for (const name of ['our PDF export', 'our Word export', 'pdftotext -layout', 'pdftotext']) {
    it(`${name}: all 36 proposals, every economy line and printed total with the same numbers`, async (ctx) => {
      const read = inputs.get(name);
      if (!read) return ctx.skip();
      const doc = await read();
      expect(doc.proposals.map((p) => p.ref)).toEqual(original.proposals.map((p) => p.ref));
      for (const p of original.proposals) {
        const q = doc.proposals.find((x) => x.ref === p.ref)!;
        expect(q.kind, p.ref).toBe(p.kind);
        expect(lineNumbers(q), p.ref).toEqual(lineNumbers(p));
        // The export prints the engine's totals (the corpus's own misprints are not copied).
        const d = deriveProposal(p)!;
        expect(nonZero(q.economy!.stated.permanentChange), p.ref).toEqual(nonZero(d.permanentChange));
        expect(nonZero(q.economy!.stated.implementationCost), p.ref).toEqual(nonZero(d.implementationCost));
      }
      // The catalog tables the export printed, row for row (the investment column only in the
      // table of proposals: Tabel 1 prints none).
      const shown = (tables: CatalogTable[]) =>
        tables.flatMap((t) => {
          const perProposal = t.rows.some((r) => r.rowType === 'proposal');
          // A year without effect prints as 0.
          return t.rows.map((r) => [
            r.rowType,
            r.proposalRef,
            nonZero(r.amounts),
            perProposal ? r.investment : null,
          ]);
        });
      expect(shown(doc.catalog!.tables)).toEqual(shown(catalogTables(original)));
    }, 60_000);
  }
});

const file2025 = corpusFile(CORPUS_FILES.y2025);

/**
 * The 2025 catalog as a Markdown conversion gives it: "#" before each proposal heading, "##"
 * before each numbered section, table labels in bold, a form feed at the start of every page.
 * Line for line, so source lines stay comparable.
 */
function asMarkdown(text: string, headings: ReadonlySet<number>): string {
  return text
    .split('\n')
    .map((line, i) => {
      let l = line;
      if (headings.has(i + 1)) l = `# ${l}`;
      else if (/^\d+(\.\d+)*\.? [A-ZÆØÅ]/.test(l) && l.length < 80 && !l.includes('\t')) l = `## ${l}`;
      else if (l.includes('\t')) {
        const [first, ...rest] = l.split('\t');
        if (first && /\p{L}/u.test(first)) l = [`**${first}**`, ...rest].join('\t');
      }
      return i > 0 && i % 45 === 0 ? `\f${l}` : l;
    })
    .join('\n');
}

describe.skipIf(!file2025)('the 2025 catalog in Markdown', () => {
  const plain = file2025 ? readFileSync(file2025, 'utf8') : '';
  const headings = new Set(
    file2025 ? readTextCatalog(plain, null).proposals.map((p) => p.sourceLines[0]!) : [],
  );
  const markdown = asMarkdown(plain, headings);

  it('is a real rewrite (headings, bold cells, form feeds)', () => {
    expect(markdown.match(/^# /gm)?.length).toBe(headings.size);
    expect(markdown.match(/^## /gm)?.length).toBeGreaterThan(40);
    expect(markdown.match(/\*\*/g)?.length).toBeGreaterThan(200);
    expect(markdown.match(/\f/g)?.length).toBeGreaterThan(40);
  });

  it('reads the same as the plain text: every proposal, catalog row and number', () => {
    const a = readTextCatalog(plain, null);
    const b = readTextCatalog(markdown, null);
    expect(b.proposals).toEqual(a.proposals);
    expect(b.catalog).toEqual(a.catalog);
    expect(b.priceLevelYear).toBe(a.priceLevelYear);
  });

  it('one proposal with a Markdown heading and "##" section headings reads its sections and risk', () => {
    const lines = markdown.split('\n');
    const start = lines.findIndex((l) => l.startsWith('# BC01'));
    const end = lines.findIndex((l) => l.startsWith('# BC02'));
    const doc = readTextCatalog(lines.slice(start, end).join('\n'), null);
    expect(doc.proposals.map((p) => p.ref)).toEqual(['BC01']);
    const p = doc.proposals[0]!;
    expect(p.sections.map((s) => s.heading)).toContain('Beskrivelse af forslag');
    expect(p.risk?.text.length).toBeGreaterThan(50);
    expect(p.economy?.stated.permanentChange['2027']).toBe(-1_474_000);
  });
});

describe('a text with no proposal', () => {
  it('is refused with the reason, never read as an empty document', () => {
    for (const text of [
      'Referat af møde i Gevinst-gruppen\n\nVi talte om kaffe.\n',
      // A checkbox grid without a proposal (the 2025 reader used to claim this and answer nothing).
      '<input checked="" type="checkbox"/> Økonomiforvaltningen\t<input type="checkbox"/> Socialforvaltningen\n',
      '# Notat\n\n**Kort** om *ingenting*.\n',
    ]) {
      expect(() => readTextCatalog(text, { path: 'notat.txt', sha256: 'x' })).toThrow(ImportError);
      expect(() => readTextCatalog(text, { path: 'notat.txt', sha256: 'x' })).toThrow(
        messageText('import.nothing-read', { file: 'notat.txt' }),
      );
    }
  });

  it('in a PDF or Word file is refused too', async () => {
    const empty: GevinstDocument = {
      format: 'gevinst.document/1',
      source: null,
      priceLevelYear: null,
      catalog: null,
      proposals: [],
      warnings: [],
    };
    await expect(readDocument(await exportPdf(empty), 'tom.pdf')).rejects.toThrow(ImportError);
    await expect(readDocument(await exportDocx(empty), 'tom.docx')).rejects.toThrow(ImportError);
  }, 30_000);
});
