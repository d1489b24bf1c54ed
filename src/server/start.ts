// Starting the server: open the database (migrating it or refusing), load the demo on first
// start when asked, listen, and close cleanly on SIGINT/SIGTERM.
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../demo/seed.ts';
import { DEMO_USERS } from '../demo/budget-2027.ts';
import { EKSEMPELBY, EKSEMPELBY_USERS } from '../demo/eksempelby.ts';
import type { Db } from '../store/db.ts';
import { openDatabase, optionsFromEnv } from '../store/open.ts';
import { ensureWebBuild, registerWeb } from '../web/serve.ts';
import { buildApp } from './app.ts';
import { OidcLogin, oidcFromEnv } from './auth/oidc.ts';
import { createServices } from './services/index.ts';

export interface StartOptions {
  port: number;
  host: string;
  demo: boolean;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface Running {
  app: FastifyInstance;
  db: Db;
  url: string;
  close: () => Promise<void>;
}

export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT skal være et portnummer (0-65535), ikke "${raw}".`);
  return port;
}

export async function startServer(options: StartOptions): Promise<Running> {
  const env = options.env ?? process.env;
  const dbOptions = optionsFromEnv(env);
  const oidcSettings = oidcFromEnv(env);
  const db = await openDatabase(dbOptions);
  // Test hook: kill the process in the middle of an import, after N proposals were written
  // inside its transaction (test/server-crash.test.ts). Never set in production.
  const killAfter = Number(env.GEVINST_TEST_KILL_DURING_IMPORT ?? '0');
  const services = createServices(db, {
    oidc: oidcSettings ? new OidcLogin(oidcSettings) : null,
    afterEachImported:
      killAfter > 0 ? (n) => (n >= killAfter ? process.kill(process.pid, 'SIGKILL') : undefined) : null,
  });
  if (options.demo && (await seedDemo(db, services))) {
    options.log(`Demodata indlæst: budgetrunden "Budget 2027" i Københavns Kommune og i ${EKSEMPELBY.name}.`);
  }
  const app = await buildApp(services, { logger: env.GEVINST_LOG === '1' });
  // The web app (src/web) at "/": built when stale. The API works without it, so a failed build
  // is reported and the server starts anyway. GEVINST_WEB=0 skips it (tests, benchmarks).
  if (env.GEVINST_WEB !== '0') {
    try {
      await ensureWebBuild(options.log);
      if (!(await registerWeb(app))) options.log('Webappen er ikke bygget; kun API’et kører.');
    } catch (e) {
      options.log(
        `Webappen kunne ikke bygges (${e instanceof Error ? e.message : 'ukendt fejl'}); kun API’et kører.`,
      );
    }
  }
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (e) {
    await db.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host}:${port}`;
  options.log(
    `Gevinst kører på ${url} (database: ${db.kind === 'pglite' ? `PGlite i ${dbOptions.dataDir ?? ''}` : 'PostgreSQL'}).`,
  );
  if (options.demo) {
    options.log('Demo-logins (kun til demo), Københavns Kommune:');
    for (const u of DEMO_USERS) options.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(24)} ${u.password}`);
    options.log(`Demo-login, ${EKSEMPELBY.name}:`);
    for (const u of EKSEMPELBY_USERS)
      options.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(24)} ${u.password}`);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await db.close();
  };
  return { app, db, url, close };
}

/** Runs until SIGINT/SIGTERM. */
export async function serveForever(options: StartOptions): Promise<void> {
  const running = await startServer(options);
  await new Promise<void>((resolve) => {
    const stop = () => {
      options.log('Stopper Gevinst …');
      void running.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
