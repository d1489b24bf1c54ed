// Web app figures, printed, never asserted (issue 6):
// 1. time to first render of the round page on the seeded demo round: from navigation start to
//    the moment the committee table is in the DOM (production build via `vite preview`);
//    and the same for a round of 200 imported proposals, until its 200th row is on the screen
//    (issue 16: goal under 500 ms), with the demo round measured in the same run as the floor;
// 2. one recalculation of a 40-line economic table in the editor: from the input event to the
//    commit that shows the new total (parse, core's computeEconomy + validate, React render).
//    Goal under 16 ms (one frame).
import type { Page } from 'playwright-core';
import { login, newPage, startStack } from '../test/browser/harness.ts';
import { chromiumAvailable } from '../test/browser/harness.ts';
import { DEMO } from '../test/browser/seed.ts';
import { demoProposals } from '../src/demo/budget-2027.ts';

/** A gevinst.document/1 of `n` proposals: the demo's, numbered on (Forslag 1 … Forslag n). */
function documentOf(n: number): string {
  const demo = demoProposals().map((d) => d.proposal);
  const proposals = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(demo[i % demo.length]!),
    ref: `Forslag ${i + 1}`,
  }));
  return JSON.stringify({
    format: 'gevinst.document/1',
    source: null,
    priceLevelYear: 2027,
    catalog: null,
    proposals,
    warnings: [],
  });
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${(s[0] ?? NaN).toFixed(1)} ms (n=${s.length})`;
}

/** A proposal with 40 lines (30 permanent, 10 implementation) over 6 years, created through the API. */
async function create40(page: Page, roundId: number): Promise<number> {
  return page.evaluate(async (rid) => {
    const years = [2027, 2028, 2029, 2030, 2031, 2032];
    const lines = Array.from({ length: 40 }, (_, i) => {
      const permanent = i < 30;
      const amounts: Record<string, number> = {};
      years.forEach((y, j) => {
        if (permanent) amounts[String(y)] = -(i + 1) * 10_000 * (j === 0 ? 1 : 2);
        else if (j < 2) amounts[String(y)] = (i + 1) * 50_000;
      });
      return {
        label: `Linje ${i + 1}`,
        section: permanent ? 'varig' : 'implementering',
        budgetArea: i % 7 === 0 ? 'anlaeg' : 'service',
        amounts,
        sourceLine: null,
      };
    });
    const proposal = {
      ref: 'Bench 40',
      title: 'Fyrre linjer',
      kind: 'investering',
      presentingAdministrations: ['BUF'],
      affectedAdministrations: [],
      summary: null,
      innovationOrigin: null,
      economy: {
        unit: 't.kr',
        priceLevelYear: 2027,
        years,
        lines,
        stated: {
          permanentChange: {},
          implementationCost: {},
          economicImpact: {},
          paybackService: null,
          paybackTotal: null,
        },
      },
      administrationEffect: null,
      kvantumTables: [],
      followUp: [],
      consultations: [],
      partners: [],
      risk: null,
      sections: [],
      requestedAmount: null,
      sourceLines: [],
    };
    const csrf = /gevinst_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const res = await fetch(`/api/rounds/${rid}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
      body: JSON.stringify({ proposal }),
    });
    const body = (await res.json()) as { id: number };
    return body.id;
  }, roundId);
}

export default async function bench(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('web: /usr/bin/chromium not found; skipped');
    return;
  }
  const stack = await startStack({ web: 'build' });
  try {
    const { context, page } = await newPage(stack);
    await login(stack, page, DEMO.author.email, DEMO.author.password);
    const roundId = await page.evaluate(async () => {
      const rounds = (await (await fetch('/api/rounds')).json()) as { id: number; name: string }[];
      return rounds.find((r) => r.name === 'Budget 2027')?.id ?? 1;
    });

    // Records when the committee table first appears, measured from navigation start.
    await context.addInitScript(() => {
      const w = window as unknown as { __tableAt?: number };
      new MutationObserver((_, mo) => {
        if (document.querySelector('[data-testid="committee-table"]')) {
          w.__tableAt = performance.now();
          mo.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const firstRender: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.goto('about:blank');
      await page.goto(`${stack.baseUrl}/#/runder/${roundId}`);
      await page.getByTestId('committee-table').waitFor();
      firstRender.push(await page.evaluate(() => (window as unknown as { __tableAt: number }).__tableAt));
    }
    const proposals = await page.locator('[data-testid="proposal-table"] tbody tr').count();
    console.log(
      `round page, time to first render (${proposals} proposals, production build): ${stats(firstRender)}`,
    );

    // A round of 200 proposals, imported as the finance centre does (author cannot import).
    const finance = await newPage(stack);
    await login(stack, finance.page, DEMO.finance.email, DEMO.finance.password);
    const bigRound = await finance.page.evaluate(async (body) => {
      const csrf = decodeURIComponent(/gevinst_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const res = await fetch('/api/import?fileName=bench-200.json&roundName=Bench%20200&roundYear=2027', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrf },
        body,
      });
      if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { roundId: number }).roundId;
    }, documentOf(200));
    await finance.context.close();
    const bigRender: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.goto('about:blank');
      await page.goto(`${stack.baseUrl}/#/runder/${bigRound}`);
      await page.locator('[data-testid="proposal-table"] tbody tr').nth(199).waitFor();
      bigRender.push(await page.evaluate(() => performance.now()));
    }
    console.log(
      `round page, 200 imported proposals, navigation start to the 200th row on screen: ${stats(bigRender)} (goal < 500 ms)`,
    );

    const id = await create40(page, roundId);
    await page.goto(`${stack.baseUrl}/#/forslag/${id}/rediger`);
    await page.locator('[data-grid="economy"]').waitFor();
    const recalc = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>(
        '[data-grid="economy"] tr[data-line="0"] input.cell',
      );
      const total = document.querySelector('tr[data-row="permanent"]');
      if (!input || !total) throw new Error('editor not found');
      // React tracks input.value; the prototype's setter is how a real keystroke changes it.
      const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      const times: number[] = [];
      for (let i = 0; i < 60; i++) {
        const changed = new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            resolve();
          });
          mo.observe(total, { subtree: true, childList: true, characterData: true });
        });
        const t0 = performance.now();
        value?.set?.call(input, `-${1000 + i}`);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return times.slice(10); // the first ones warm up the JIT
    });
    console.log(
      `editor, one recalculation of a 40-line table (input → committed totals, paybacks, findings): ${stats(recalc)} (goal < 16 ms)`,
    );
    await context.close();
  } finally {
    await stack.stop();
  }
}
