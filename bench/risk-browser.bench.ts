// The Monte Carlo risk picture in the browser: the same 10,000 draws × 200 proposals as
// risk.bench.ts, bundled by Vite and run in a Web Worker of Debian's Chromium (as the web app runs
// it), beside the same plain-loop floor measured in the same worker. Prints; never asserts.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../test/browser/harness.ts';

export default async function riskBrowserBench(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('Chromium not found: the browser figure is skipped.');
    return;
  }
  const entry = fileURLToPath(new URL('./risk-browser-entry.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'error',
    build: { write: false, lib: { entry, formats: ['iife'], name: 'riskBench' }, minify: true },
  });
  const outputs = Array.isArray(out) ? out : [out];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const r = await page.evaluate(async (code: string) => {
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const worker = new Worker(url);
      const answer = await new Promise<{ sim: number; base: number; p50: number | null; proposals: number }>(
        (ok) => {
          worker.onmessage = (
            e: MessageEvent<{ sim: number; base: number; p50: number | null; proposals: number }>,
          ) => ok(e.data);
          worker.postMessage('run');
        },
      );
      worker.terminate();
      return answer;
    }, chunk.code);
    console.log(
      `10.000 draws × ${r.proposals} proposals (Chromium Web Worker): best ${r.sim.toFixed(0)} ms; floor ${r.base.toFixed(0)} ms; simulation = ${(r.sim / r.base).toFixed(1)} × floor`,
    );
    console.log(
      `goal < 2 s in the browser: ${r.sim < 2000 ? 'met' : 'NOT met'} (round NPV P50 ${((r.p50 ?? 0) / 1e6).toFixed(1)} mio. kr.)`,
    );
  } finally {
    await browser.close();
  }
}
