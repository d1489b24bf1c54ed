// The server killed in the middle of an import (SIGKILL, inside the import's transaction after
// some proposals were written): after a restart on the same PGlite directory nothing of that
// import is there, and the same import then succeeds in full. Also exercises `gevinst user add`
// with the password on stdin, and `gevinst serve` printing its URL.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../src/store/pglite-db.ts';
import { GEVINST_FROM_SOURCE } from './cli-process.ts';
import { type ServerProcess, startServerProcess } from './gevinst-process.ts';
import { proposalBody } from './server-helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-crash-'));
const children: ChildProcess[] = [];

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GEVINST_DATA_DIR: dataDir,
    PORT: '0',
    GEVINST_WEB: '0',
    ...extra,
  };
  delete env.DATABASE_URL;
  return env;
}

function startServer(extra: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess([...GEVINST_FROM_SOURCE, 'serve', '--host', '127.0.0.1'], baseEnv(extra)).then(
    (server) => {
      children.push(server.child);
      return server;
    },
  );
}

async function login(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'chef@test.dk', password: 'et-langt-kodeord' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('server killed mid-import', () => {
  it('leaves nothing half-written', async () => {
    const add = spawnSync(
      process.execPath,
      [...GEVINST_FROM_SOURCE, 'user', 'add', '--email', 'chef@test.dk', '--role', 'oekonomi'],
      {
        env: baseEnv(),
        input: 'et-langt-kodeord\n',
        encoding: 'utf8',
      },
    );
    expect(add.stderr + add.stdout).toContain('Bruger oprettet: chef@test.dk (oekonomi)');
    expect(add.status).toBe(0);

    const doc = JSON.stringify({
      format: 'gevinst.document/1',
      source: null,
      priceLevelYear: 2027,
      catalog: null,
      warnings: [],
      proposals: [1, 2, 3, 4, 5].map((n) => proposalBody(`Forslag ${n}`, 'BUF')),
    });

    // First life: dies (SIGKILL) after the third of five proposals is written in the transaction.
    const first = await startServer({ GEVINST_TEST_KILL_DURING_IMPORT: '3' });
    let auth = await login(first.url);
    const headers = () => ({
      cookie: auth.cookie,
      'x-csrf-token': auth.csrf,
      'content-type': 'application/json',
    });
    const round = await fetch(`${first.url}/api/rounds`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ name: 'Budget 2027', kind: 'budget', year: 2027 }),
    });
    expect(round.status).toBe(201);
    const roundId = ((await round.json()) as { id: number }).id;
    const importing = fetch(`${first.url}/api/rounds/${roundId}/import`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'text/plain; charset=utf-8' },
      body: doc,
    });
    await expect(importing).rejects.toThrow();
    expect(await first.exited).toBe('SIGKILL');

    // Second life on the same directory: the round is there, the import is not.
    const second = await startServer();
    auth = await login(second.url);
    const list = await fetch(`${second.url}/api/rounds/${roundId}/proposals`, { headers: headers() });
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([]);
    const audit = (await (
      await fetch(`${second.url}/api/audit?entity=round`, { headers: headers() })
    ).json()) as { action: string }[];
    expect(audit.map((a) => a.action)).not.toContain('import.commit');

    // And the same import now goes through in full.
    const again = await fetch(`${second.url}/api/rounds/${roundId}/import`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'text/plain; charset=utf-8' },
      body: doc,
    });
    expect(again.status).toBe(201);
    const after = (await (
      await fetch(`${second.url}/api/rounds/${roundId}/proposals`, { headers: headers() })
    ).json()) as { ref: string }[];
    expect(after.map((p) => p.ref)).toEqual([
      'Forslag 1',
      'Forslag 2',
      'Forslag 3',
      'Forslag 4',
      'Forslag 5',
    ]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000);

  it('refuses to start on a database migrated by a version it does not know', async () => {
    const db = await openPglite(join(dataDir, 'pglite'));
    await db.query(
      `INSERT INTO schema_migrations (id, checksum) VALUES ('209901010000_from_the_future', 'x')`,
    );
    await db.close();
    const run = spawnSync(process.execPath, [...GEVINST_FROM_SOURCE, 'serve', '--host', '127.0.0.1'], {
      env: baseEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'Databasen har migreringen "209901010000_from_the_future", som denne version af Gevinst ikke kender',
    );
  }, 90_000);
});
