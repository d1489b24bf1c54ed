// Opens the generated DOCX (a zip) and checks its structure: title, table of contents field,
// one Heading 1 per proposal, the economic tables with the engine's totals in Danish format,
// page-number fields in the footer.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../src/core/amount.ts';
import { deriveProposal } from '../src/core/derive.ts';
import { exportDocx } from '../src/formats/docx/index.ts';
import { sampleDocument } from './export-fixture.ts';

/** Paragraph texts of document.xml, with each paragraph's style id. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') };
  });
}

/** Rows of every table as arrays of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
      ),
    ),
  );
}

describe('DOCX export', async () => {
  const doc = sampleDocument(6);
  const bytes = await exportDocx(doc, { created: new Date('2026-11-24T00:00:00Z'), subtitle: 'Budget 2026' });
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paras = paragraphs(xml);

  it('is a Word document with a title page and a table of contents field', async () => {
    expect(Object.keys(zip.files)).toContain('[Content_Types].xml');
    expect(paras.some((p) => p.text === 'Katalog med investerings- og effektiviseringsforslag')).toBe(true);
    expect(paras.some((p) => p.text === 'Budget 2026')).toBe(true);
    expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    expect(settings).toContain('w:updateFields');
  });

  it('has one Heading 1 per proposal, in order, and the 2026 section headings', () => {
    const h1 = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(['Oversigt over forslagene', ...doc.proposals.map((p) => `${p.ref} ${p.title}`)]);
    const h2 = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
    for (const h of [
      '1. Beskrivelse af forslag (fremgangsmåde og effekt)',
      '2. Økonomi',
      '3. Implementering og opfølgning',
      '4. Risikovurdering',
      '6. Hvem er hørt?',
    ]) {
      expect(h2.filter((x) => x === h)).toHaveLength(doc.proposals.length);
    }
  });

  it('prints every economic table with the engine totals in Danish number format', () => {
    const economy = tables(xml).filter((t) => t[0]?.[1] === 'Styringsområde');
    expect(economy).toHaveLength(doc.proposals.length);
    doc.proposals.forEach((p, i) => {
      const d = deriveProposal(p);
      const t = economy[i];
      if (!d || !t) throw new Error('missing');
      const years = (t[0] ?? []).slice(2);
      const row = (label: string) => t.find((r) => r[0] === label);
      const expectRow = (label: string, amounts: Record<string, number>) => {
        const r = row(label);
        expect(r, `${p.ref} ${label}`).toBeDefined();
        years.forEach((y, k) =>
          expect(r?.[2 + k], `${p.ref} ${label} ${y}`).toBe(
            amounts[y] === undefined ? '' : formatAmount(amounts[y], 't.kr'),
          ),
        );
      };
      expectRow('Samlet varig ændring', d.permanentChange);
      if (p.kind === 'investering') {
        expectRow('Samlede implementeringsomkostninger', d.implementationCost);
        expectRow('Samlet økonomisk påvirkning', d.economicImpact);
        expect(row('Tilbagebetalingstid baseret på totaløkonomi')?.[2]).toBe(
          d.paybackTotal === null ? 'Ingen' : String(d.paybackTotal),
        );
      } else {
        expect(row('Samlet økonomisk påvirkning')).toBeUndefined();
      }
      // Every line's amounts as typed.
      for (const l of p.economy?.lines ?? []) expectRow(l.label, l.amounts);
    });
  });

  it('has the catalog tables, follow-up and consultation tables, and page numbers in the footer', async () => {
    const all = tables(xml);
    const total = all.flatMap((t) => t).find((r) => r[0] === 'I alt');
    expect(total).toBeDefined();
    expect(all.filter((t) => t[0]?.[0] === 'Opfølgningsmål')).toHaveLength(doc.proposals.length);
    expect(all.filter((t) => t[0]?.[2] === 'Dato for godkendelse')).toHaveLength(doc.proposals.length);
    const footers: string[] = [];
    for (const f of Object.keys(zip.files).filter((x) => /word\/footer\d*\.xml/.test(x)))
      footers.push((await zip.file(f)?.async('string')) ?? '');
    expect(footers.join('')).toMatch(/PAGE/);
    expect(footers.join('')).toMatch(/NUMPAGES/);
  });
});

describe('DOCX export when the overview cannot be computed', () => {
  it('says so in the document instead of guessing', async () => {
    const doc = sampleDocument(2);
    doc.catalog = null;
    doc.proposals[0]!.presentingAdministrations = ['Ukendt forvaltning'];
    const zip = await JSZip.loadAsync(await exportDocx(doc));
    const texts = paragraphs((await zip.file('word/document.xml')?.async('string')) ?? '').map((p) => p.text);
    expect(
      texts.some((t) => t.startsWith('Der er ingen oversigt, fordi den ikke kunne beregnes fra forslagene:')),
    ).toBe(true);
    expect(texts).toContain('Forslag 2 Selvbetjent vejledning til ledige københavnere');
  });
});
