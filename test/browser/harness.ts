// Browser-test harness: the real server on a free port with a temporary PGlite directory, the web
// app served by Vite (dev mode, /api proxied to that server, so the browser sees one origin), and
// Debian's Chromium driven by playwright-core. Screenshots go to test-artifacts/screenshots/.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build as viteBuild, createServer as createViteServer, preview as vitePreview } from 'vite';
import { createServices } from '../../src/server/services/index.ts';
import { startServer } from '../../src/server/start.ts';
import { seed } from './seed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(root, 'test-artifacts', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Stack {
  baseUrl: string;
  apiUrl: string;
  browser: Browser;
  stop: () => Promise<void>;
}

interface StartedServer {
  close: () => Promise<void>;
}

/**
 * The real server, started by the server's own startServer with its demo data ("Budget 2027")
 * and a PGlite database in a temporary directory; the tests' own round and accounts (seed.ts) are
 * added through the server's services on the same database.
 */
async function startApi(port: number, dataDir: string, webDir: string | null = null): Promise<StartedServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GEVINST_DATA_DIR: dataDir,
    PORT: String(port),
    GEVINST_LOG: 'silent',
    ...(webDir ? { GEVINST_WEB_DIR: webDir } : { GEVINST_WEB: '0' }),
  };
  delete env.DATABASE_URL;
  const running = await startServer({ port, host: '127.0.0.1', demo: true, log: () => undefined, env });
  try {
    await seed(createServices(running.db));
  } catch (e) {
    await running.close();
    throw e;
  }
  return { close: () => running.close() };
}

export interface StackOptions {
  /**
   * 'dev': Vite dev server (tests). 'build': a production build served by `vite preview` (bench).
   * 'server': a production build served by the Gevinst server itself, with its headers (CSP).
   */
  web?: 'dev' | 'build' | 'server';
}

interface WebServer {
  close: () => Promise<void>;
}

async function startWeb(mode: 'dev' | 'build', port: number, outDir: string): Promise<WebServer> {
  const configFile = join(root, 'src', 'web', 'vite.config.ts');
  if (mode === 'dev') {
    const vite = await createViteServer({
      configFile,
      logLevel: 'error',
      server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
    });
    await vite.listen();
    return { close: () => vite.close() };
  }
  await viteBuild({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await vitePreview({
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { close: () => server.close() };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-web-'));
  const apiPort = await freePort();
  if (options.web === 'server') {
    const webDir = join(dataDir, 'web-dist');
    const configFile = join(root, 'src', 'web', 'vite.config.ts');
    await viteBuild({
      configFile,
      logLevel: 'error',
      build: { outDir: webDir, emptyOutDir: true, sourcemap: false },
    });
    const api = await startApi(apiPort, dataDir, webDir);
    try {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      const url = `http://127.0.0.1:${apiPort}`;
      return {
        baseUrl: url,
        apiUrl: url,
        browser,
        stop: async () => {
          await browser.close().catch(() => undefined);
          await api.close().catch(() => undefined);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    } catch (e) {
      await api.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      throw e;
    }
  }
  const api = await startApi(apiPort, dataDir);
  const webPort = await freePort();
  let web: WebServer | null = null;
  try {
    // The config file proxies /api to GEVINST_API (read when the config loads).
    process.env.GEVINST_API = `http://127.0.0.1:${apiPort}`;
    web = await startWeb(options.web === 'build' ? 'build' : 'dev', webPort, join(dataDir, 'web-dist'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const w = web;
    return {
      baseUrl: `http://127.0.0.1:${webPort}`,
      apiUrl: `http://127.0.0.1:${apiPort}`,
      browser,
      stop: async () => {
        await browser.close().catch(() => undefined);
        await w.close().catch(() => undefined);
        await api.close().catch(() => undefined);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await web?.close().catch(() => undefined);
    await api.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

export async function newPage(stack: Stack): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({
    locale: 'da-DK',
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function login(stack: Stack, page: Page, email: string, password: string): Promise<void> {
  await page.goto(stack.baseUrl + '/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.1 A/AA and returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/**
 * Elements that stick out to the right of the screen (a page that scrolls sideways), for a failure
 * message; empty when the page fits. Tables scroll inside their own .table-wrap box.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('.table-wrap') || el.classList.contains('table-wrap'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`,
      );
  });
}
