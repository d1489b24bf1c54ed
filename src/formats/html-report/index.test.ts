import { describe, expect, it } from 'vitest';
import { RULES, validate } from '../../core/validation/index.ts';
import {
  catalog,
  catalogRow,
  doc,
  fullEffectOverview,
  line,
  proposal,
  tkr,
} from '../../core/validation/testing.ts';
import { escapeHtml, renderReconciliationReport } from './index.ts';

/** The text content of every element matching a simple tag, in order (structure checks without a DOM). */
function texts(htmlText: string, tag: string): string[] {
  return [...htmlText.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
  );
}

function sample() {
  const p9 = proposal('Forslag 9', {
    title: 'Samling af det tekniske systemejerskab',
    sourceLines: [4239],
    lines: [
      line('Ressourcer', 'varig', 'service', { 2026: -600 }),
      line('Årsværk', 'implementering', 'service', { 2026: 800 }),
    ],
    stated: { economicImpact: tkr({ 2026: -200 }), sourceLines: { economicImpact: 4425 } },
  });
  const p13 = proposal('Forslag 13', {
    title: 'AI på <script>alert("x")</script> områder',
    sourceLines: [4925],
    lines: [line('AI', 'varig', 'service', { 2026: -2500 })],
  });
  const clean = proposal('Forslag 14', {
    title: 'Uden fejl',
    sourceLines: [5433],
    lines: [line('a', 'varig', 'service', { 2026: -100 })],
  });
  const cat = catalog([
    {
      name: 'Tabel 2',
      rows: [
        catalogRow(
          'proposal',
          '13',
          'AI på <script>alert("x")</script> områder',
          { 2026: 2450 },
          { sourceLine: 199 },
        ),
        catalogRow('proposal', '14', 'Uden fejl', { 2026: 100 }, { sourceLine: 200 }),
        catalogRow('total', null, 'I alt', { 2026: 2560 }, { sourceLine: 201 }),
      ],
    },
  ]);
  const d = doc([p9, p13, clean], cat);
  // The arithmetic families only: the hand-written proposals have no text parts to check.
  const only = RULES.map((r) => r.id).filter((id) => /^(economy|catalog|sign)\./.test(id));
  return { d, findings: validate(d, { only }) };
}

describe('reconciliation report', () => {
  it('is a complete Danish HTML document with summary, catalog, findings and rules sections', () => {
    const { d, findings } = sample();
    const out = renderReconciliationReport(d, findings, { title: 'katalog.txt' });
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain('<html lang="da">');
    expect(texts(out, 'h1')).toEqual(['Afstemningsrapport']);
    expect(texts(out, 'h2')).toEqual(['Resumé', 'Kataloget mod forslagene', 'Fund pr. forslag', 'Reglerne']);
    // Findings grouped by proposal in document order; the proposal without findings is named as clean.
    const h3 = texts(out, 'h3');
    expect(h3.indexOf('Forslag 9 Samling af det tekniske systemejerskab')).toBeLessThan(
      h3.findIndex((h) => h.startsWith('Forslag 13')),
    );
    expect(h3.some((h) => h.startsWith('Forslag 14'))).toBe(false);
    expect(out).toContain('Uden fund: Forslag 14.');
  });

  it('counts findings by severity as the engine does', () => {
    const { d, findings } = sample();
    const out = renderReconciliationReport(d, findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(out).toMatch(new RegExp(`<th class="sev-error">Fejl</th><td class="num">${errors}</td>`));
    expect(out).toMatch(new RegExp(`<th>I alt</th><td class="num">${findings.length}</td>`));
  });

  it('shows expected, found, difference and source line of a finding in 1.000 kr.', () => {
    const { d, findings } = sample();
    const out = renderReconciliationReport(d, findings);
    // Forslag 9: +200 expected, -200 printed, difference -400, line 4425.
    const row = [...out.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map((m) => m[1] ?? '')
      .find((r) => r.includes('economy.impact-total'));
    expect(row).toBeDefined();
    const cells = texts(`<x>${row ?? ''}</x>`, 'td');
    expect(cells.slice(0, 7)).toEqual([
      'Fejl',
      'economy.impact-total',
      '2026',
      '200',
      '-200',
      '-400',
      'l. 4425',
    ]);
  });

  it('shows a finding in the unit its message names (a catalog in mio. kr.), under Beregnet and Angivet', () => {
    const d = fullEffectOverview(1_200_000);
    const out = renderReconciliationReport(d, validate(d, { only: ['catalog.full-effect'] }));
    expect(texts(out, 'th')).toEqual(expect.arrayContaining(['Beregnet', 'Angivet']));
    const cells = texts(
      `<x>${[...out.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '').find((r) => r.includes('catalog.full-effect')) ?? ''}</x>`,
      'td',
    );
    // Expected 1,0 mio. kr. (the 2022 saving of 1.034 rounded to the catalog's 0,1), printed 1,2.
    expect(cells.slice(3, 6)).toEqual(['1', '1,2', '+0,2']);
    expect(cells[7]).toContain('(mio. kr.)');
  });

  it('compares the catalog total with its rows and with the proposals’ own tables', () => {
    const { d, findings } = sample();
    const out = renderReconciliationReport(d, findings);
    const row = [...out.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map((m) => m[1] ?? '')
      .find((r) => r.includes('>2.560<'));
    // I alt 2.560; rows 2.450 + 100 = 2.550; difference 10; proposals' tables 2.500 + 100 = 2.600.
    expect(texts(`<x>${row ?? ''}</x>`, 'td')).toEqual(['2026', '2.560', '2.550', '10', '2.600', '2']);
  });

  it('sums the committee rows of a table that has only committee rows (2026 Tabel 1)', () => {
    const cat = catalog([
      {
        name: 'Tabel 1',
        rows: [
          catalogRow('committee', null, 'Børne- og Ungdomsudvalget', { 2026: 33974 }),
          catalogRow('committee', null, 'Kultur- og Fritidsudvalget', { 2026: 10243 }),
          catalogRow('total', null, 'I alt', { 2026: 44217 }),
        ],
      },
    ]);
    const out = renderReconciliationReport(doc([], cat), []);
    expect(out).toContain('Sum af udvalgsrækkerne');
    const row = [...out.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map((m) => m[1] ?? '')
      .find((r) => r.includes('>44.217<'));
    expect(texts(`<x>${row ?? ''}</x>`, 'td')).toEqual(['2026', '44.217', '44.217', '0', '–', '0']);
  });

  it('escapes every text from the document', () => {
    const { d, findings } = sample();
    const out = renderReconciliationReport(d, findings, { title: '<img src=x onerror=alert(1)>' });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('says so when there is nothing to report', () => {
    const out = renderReconciliationReport(doc([]), []);
    expect(out).toContain('Der er ingen fund.');
    expect(out).toContain('Dokumentet har ingen katalogtabeller.');
  });
});
