// `gevinst user …` as a process against a PGlite directory: create, change role, disable, list,
// re-enable, reset the password (generated, shown once), end sessions; each action audited.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/open.ts';
import { GEVINST_FROM_SOURCE } from './cli-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-user-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function gevinst(args: string[], input = ''): { code: number | null; out: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GEVINST_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [...GEVINST_FROM_SOURCE, 'user', ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('gevinst user', () => {
  it('administers an account from the command line, and every action is audited', async () => {
    expect(gevinst(['add', '--email', 'chef@kk.dk', '--role', 'admin'], 'en-lang-og-god-frase\n').code).toBe(
      0,
    );
    const weak = gevinst(['add', '--email', 'svag@kk.dk', '--role', 'laeser'], '1234567890\n');
    expect(weak.code).toBe(2);
    expect(weak.out).toContain('Adgangskoden er for let at gætte');
    expect(gevinst(['add', '--email', 'bo@kk.dk', '--role', 'laeser'], 'bo-har-en-lang-frase\n').code).toBe(
      0,
    );

    const role = gevinst(['role', '--email', 'bo@kk.dk', '--role', 'forfatter', '--administration', 'BUF']);
    expect(role.out).toContain('Rolle ændret: bo@kk.dk er nu forfatter (BUF).');
    expect(gevinst(['disable', '--email', 'bo@kk.dk']).out).toContain('Spærret: bo@kk.dk');
    const list = gevinst(['list']);
    expect(list.out).toMatch(/bo@kk\.dk\s+forfatter \(BUF\)\s+SPÆRRET/);
    expect(list.out).toMatch(/chef@kk\.dk\s+admin\s+aktiv/);
    expect(gevinst(['enable', '--email', 'bo@kk.dk']).out).toContain('Genåbnet: bo@kk.dk.');
    const reset = gevinst(['reset-password', '--email', 'bo@kk.dk', '--generate']);
    expect(reset.out).toMatch(/Midlertidig adgangskode \(vises kun nu\): [\w-]{20,}/);
    expect(gevinst(['end-sessions', '--email', 'bo@kk.dk']).out).toContain(
      '0 sessioner afsluttet for bo@kk.dk',
    );
    const lastAdmin = gevinst(['disable', '--email', 'chef@kk.dk']);
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.out).toContain('sidste aktive administrator');
    expect(gevinst(['disable', '--email', 'ingen@kk.dk']).out).toContain(
      'Der findes ingen bruger med e-mailen',
    );

    const db = await openDatabase({ dataDir });
    try {
      const { rows } = await db.query<{ action: string }>(
        `SELECT a.action FROM audit_log a JOIN users u ON u.id::text = a.entity_id
          WHERE a.entity = 'user' AND u.email = 'bo@kk.dk' ORDER BY a.id`,
      );
      expect(rows.map((r) => r.action)).toEqual([
        'user.create',
        'user.role',
        'user.disable',
        'user.enable',
        'user.password.reset',
        'user.sessions.end',
      ]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
