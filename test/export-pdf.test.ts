// Round trip through PDF: export a catalog, extract its text with poppler's `pdftotext -layout`,
// import it with readTextCatalog: every number must come back identical. Also renders pages to
// PNG in test-artifacts/ (pdftoppm) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import { demoProposals } from '../src/demo/budget-2027.ts';
import type { CatalogRow, GevinstDocument, Proposal } from '../src/core/model.ts';
import { catalogTables } from '../src/formats/export-view/index.ts';
import { exportPdf } from '../src/formats/pdf/index.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { sampleDocument, sampleProposal } from './export-fixture.ts';
import { hasPdftotext, pdftotext } from './pdftotext.ts';

const ARTIFACTS = resolve(import.meta.dirname, '..', 'test-artifacts', 'export-pdf');

const poppler = hasPdftotext('PDF round-trip tests are');

/** pdftotext -layout, exactly as it writes it (form feeds between pages: the reader copes). */
function pdfText(bytes: Uint8Array, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  const text = pdftotext(pdf, true);
  writeFileSync(join(ARTIFACTS, `${name}.txt`), text);
  return text;
}

/** What must survive the round trip, in a form that compares cleanly. */
function projection(p: Proposal) {
  const d = deriveProposal(p);
  return {
    ref: p.ref,
    title: p.title,
    kind: p.kind,
    lines:
      p.economy?.lines.map((l) => ({
        label: l.label,
        section: l.section,
        budgetArea: l.budgetArea,
        amounts: l.amounts,
      })) ?? [],
    permanentChange: d?.permanentChange ?? {},
    implementationCost: p.kind === 'investering' ? (d?.implementationCost ?? {}) : {},
    paybackService: p.kind === 'investering' ? (d?.paybackService ?? null) : null,
    paybackTotal: p.kind === 'investering' ? (d?.paybackTotal ?? null) : null,
  };
}

function importedProjection(p: Proposal) {
  const s = p.economy?.stated;
  return {
    ref: p.ref,
    title: p.title,
    kind: p.kind,
    lines:
      p.economy?.lines.map((l) => ({
        label: l.label,
        section: l.section,
        budgetArea: l.budgetArea,
        amounts: l.amounts,
      })) ?? [],
    permanentChange: s?.permanentChange ?? {},
    implementationCost: s?.implementationCost ?? {},
    paybackService: s?.paybackService ?? null,
    paybackTotal: s?.paybackTotal ?? null,
  };
}

describe.runIf(poppler)('PDF export round trip (pdftotext → readTextCatalog)', () => {
  it('renders pages to PNG for inspection', async () => {
    const bytes = await exportPdf(sampleDocument(4), {
      created: new Date('2026-11-24T00:00:00Z'),
      appendix: 'Bilag 9',
    });
    pdfText(bytes, 'sample4');
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '6',
      join(ARTIFACTS, 'sample4.pdf'),
      join(ARTIFACTS, 'page'),
    ]);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('the table of contents points at the right pages, and every page is numbered', async () => {
    const doc = sampleDocument(45, 4);
    pdfText(await exportPdf(doc, { subtitle: 'Budget 2026' }), 'toc45');
    const pdf = join(ARTIFACTS, 'toc45.pdf');
    const page = (n: number) =>
      execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], {
        encoding: 'utf8',
      });
    const toc = (page(2) + page(3)).replace(/\f/g, '\n');
    const entries = [...toc.matchAll(/^(Forslag \d+) .*?\s(\d+)$/gm)].map((m) => ({
      ref: m[1] ?? '',
      page: Number(m[2]),
    }));
    expect(entries.map((e) => e.ref)).toEqual(doc.proposals.map((p) => p.ref));
    for (const e of entries.filter((_, i) => i % 9 === 0))
      expect(page(e.page).trimStart().startsWith(`${e.ref} `), `${e.ref} on page ${e.page}`).toBe(true);
    const last = entries[entries.length - 1];
    expect(page(last?.page ?? 0)).toMatch(new RegExp(`Budget 2026\\s+${last?.page ?? 0}/\\d+`));
  });

  it('every number of every proposal comes back identical', async () => {
    const doc: GevinstDocument = sampleDocument(12, 3);
    const text = pdfText(await exportPdf(doc, { created: new Date('2026-11-24T00:00:00Z') }), 'roundtrip12');
    const back = readTextCatalog(text, null);
    expect(back.proposals.map((p) => p.ref)).toEqual(doc.proposals.map((p) => p.ref));
    for (const [i, p] of doc.proposals.entries()) {
      const got = back.proposals[i];
      expect(got && importedProjection(got), p.ref).toEqual(projection(p));
    }
  });

  it('every catalog row comes back identical, and equals the catalog written out by hand', async () => {
    const doc = sampleDocument(12, 5);
    const back = readTextCatalog(pdfText(await exportPdf(doc), 'catalog12'), null);
    const key = (r: CatalogRow) => ({
      rowType: r.rowType,
      proposalRef: r.proposalRef,
      amounts: r.amounts,
      investment: r.rowType === 'proposal' ? r.investment : null,
    });
    // What the PDF prints is the engine's aggregation (buildCatalog) …
    const printed = catalogTables(doc);
    expect(printed.map((t) => t.name)).toEqual(['Tabel 1', 'Tabel 2']);
    const got = (back.catalog?.tables ?? []).map((t) => t.rows.map(key));
    expect(got).toEqual(printed.map((t) => t.rows.map(key)));
    // … and that agrees with the fixture's hand-made catalog, row by row.
    // (Order differs: the engine orders committees by master data, investment proposals first.)
    const byKey = (rows: CatalogRow[]) =>
      Object.fromEntries(rows.map((r) => [`${r.rowType} ${r.proposalRef ?? r.title}`, r.amounts]));
    const [hand1, hand2] = doc.catalog?.tables ?? [];
    const [eng1, eng2] = printed;
    expect(byKey(eng1?.rows ?? [])).toEqual(byKey(hand1?.rows ?? []));
    expect(byKey((eng2?.rows ?? []).filter((r) => r.rowType !== 'total'))).toEqual(byKey(hand2?.rows ?? []));
  });

  it('the demo round (six-year tables) round-trips, pre-analyses aside', async () => {
    const proposals = demoProposals().map((d) => d.proposal);
    const doc: GevinstDocument = {
      format: 'gevinst.document/1',
      source: null,
      priceLevelYear: 2027,
      catalog: null,
      proposals,
      warnings: [],
    };
    const back = readTextCatalog(pdfText(await exportPdf(doc, { subtitle: 'Budget 2027' }), 'demo'), null);
    // A foranalyse has no economic table and no kind marker in the 2026 template: it reads back
    // as a proposal without economy (kind not kept) and its catalog row has no numbers to read.
    for (const p of proposals.filter((x) => x.kind !== 'foranalyse')) {
      const got = back.proposals.find((q) => q.ref === p.ref);
      expect(got && importedProjection(got), p.ref).toEqual(projection(p));
    }
    const key = (r: CatalogRow) => ({
      rowType: r.rowType,
      proposalRef: r.proposalRef,
      amounts: r.amounts,
      investment: r.rowType === 'proposal' ? r.investment : null,
    });
    const want = catalogTables(doc).flatMap((t) =>
      t.rows.filter((r) => Object.keys(r.amounts).length > 0).map(key),
    );
    expect((back.catalog?.tables ?? []).flatMap((t) => t.rows.map(key))).toEqual(want);
  });

  it('a single efficiency proposal with a half-thousand amount round-trips', async () => {
    const p = sampleProposal(2, 9);
    const doc: GevinstDocument = {
      format: 'gevinst.document/1',
      source: null,
      priceLevelYear: 2026,
      catalog: null,
      proposals: [p],
      warnings: [],
    };
    const back = readTextCatalog(pdfText(await exportPdf(doc), 'single'), null);
    const got = back.proposals[0];
    expect(got && importedProjection(got)).toEqual(projection(p));
  });
});
