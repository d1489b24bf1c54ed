import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../core/amount.ts';
import { computeEconomy } from '../../../core/derive.ts';
import { demoProposals } from '../../../demo/budget-2027.ts';
import { demoDocument, renderDemoCatalog, renderDemoPreAnalyses } from './demo.ts';
import { CLEAN, renderTextCatalog, withArtefacts } from './index.ts';
import { requestedAmountText } from './pre-analysis.ts';

const proposals = demoProposals().map((d) => d.proposal);
const options = { roundName: 'Budget 2027', priceLevelYear: 2027 };

describe('renderDemoCatalog', () => {
  const text = renderDemoCatalog(proposals, options);

  it('prints every demo proposal with its heading, pre-analyses in texts of their own', () => {
    const pre = renderDemoPreAnalyses(proposals, options);
    expect(pre.length).toBeGreaterThan(0);
    for (const p of proposals) {
      if (p.kind === 'foranalyse') {
        expect(text).not.toContain(`${p.ref} ${p.title}`);
        expect(pre.find((x) => x.ref === p.ref)?.text).toContain(`${p.ref} ${p.title}`);
      } else {
        expect(text).toContain(`${p.ref} ${p.title}`);
      }
    }
  });

  it("prints each proposal's Samlet varig ændring as the engine computes it", () => {
    for (const p of proposals) {
      if (!p.economy) continue;
      const d = computeEconomy(p.economy);
      const cells = p.economy.years.flatMap((y) => {
        const v = d.permanentChange[String(y)];
        return v === undefined ? [] : [formatAmount(v, 't.kr')];
      });
      expect(text).toContain(`\nSamlet varig ændring ${cells.join(' ')}\n`);
    }
  });

  it('puts the catalog tables first, with every non-pre-analysis proposal in Tabel 2', () => {
    const doc = demoDocument(proposals, options);
    const rows = doc.catalog!.rows.filter((r) => r.rowType === 'proposal');
    expect(rows.map((r) => r.proposalRef).sort()).toEqual(
      proposals
        .filter((p) => p.kind !== 'foranalyse')
        .map((p) => p.ref)
        .sort(),
    );
    expect(text.indexOf('Tabel 2.')).toBeLessThan(text.indexOf(`\n${proposals[0]!.ref} `));
  });

  it('states the amount a pre-analysis asks for in its Økonomi prose', () => {
    const pre = proposals.find((p) => p.kind === 'foranalyse' && p.requestedAmount !== null);
    expect(pre).toBeDefined();
    expect(requestedAmountText(1_043_000)).toBe('1,043 mio. kr.');
    const own = renderDemoPreAnalyses(proposals, options).find((x) => x.ref === pre!.ref)!.text;
    expect(own.replace(/\s+/g, ' ')).toContain(`samlet ${requestedAmountText(pre!.requestedAmount!)}`);
  });

  it('is the same text every time, and artefacts change only the layout', () => {
    expect(renderDemoCatalog(proposals, options)).toBe(text);
    expect(renderDemoCatalog(proposals, { ...options, artefactsSeed: 5 })).not.toBe(text);
    // Without page breaks, removing hyphenated line breaks and all blanks gives the clean text back.
    const doc = demoDocument(proposals, options);
    const noisy = renderTextCatalog(doc, withArtefacts(5, { pageLines: null }));
    const squash = (t: string) => t.replace(/(\p{L})-\n/gu, '$1').replace(/\s+/g, '');
    expect(squash(noisy)).toBe(squash(renderTextCatalog(doc, CLEAN)));
  });
});
