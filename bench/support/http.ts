// Shared by the server benchmarks: start a server in its own process, drive it with autocannon and
// print latency percentiles and throughput, and a bare Fastify JSON route as the peer measured in
// the same run (what this machine can do at all), so a ratio survives a noisy machine.
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface LoadResult {
  p50: number;
  p95: number;
  rps: number;
  codes: string;
}

/** One request of a run: a path and (optionally) its own headers (e.g. another user's cookie). */
export type NextRequest = () => { path: string; headers?: Record<string, string> };

/** Drives `url` with `connections` for `seconds`; prints and returns p50/p95 and requests/s. */
export async function cannon(
  url: string,
  label: string,
  next: NextRequest,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        headers: { 'accept-encoding': 'gzip', ...options.headers },
        requests: [
          {
            setupRequest: (req) => {
              const r = next();
              return { ...req, path: r.path, headers: { ...req.headers, ...r.headers } };
            },
          },
        ],
      },
      (err: unknown, r: autocannon.Result) =>
        err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(r),
    );
    (instance as unknown as EventEmitter).on(
      'response',
      (_client: unknown, status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      },
    );
  });
  latencies.sort((a, b) => a - b);
  const codes = [...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' ');
  const out = {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: result.requests.average,
    codes,
  };
  console.log(
    `  ${label.padEnd(40)} p50 ${out.p50.toFixed(1).padStart(7)} ms   p95 ${out.p95.toFixed(1).padStart(7)} ms   ` +
      `${out.rps.toFixed(0).padStart(6)} req/s   (${codes})`,
  );
  return out;
}

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'gevinst.js');

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

/** Starts a child process and resolves with the URL it prints ("… kører på http://…" or "listening …"). */
async function start(args: string[], env: NodeJS.ProcessEnv, pattern: RegExp): Promise<Served> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`process exited: ${out}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts `gevinst serve` with `env` (API only, any free port). */
export function serveGevinst(env: Record<string, string>): Promise<Served> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', GEVINST_WEB: '0', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  return start([BIN, 'serve', '--host', '127.0.0.1'], childEnv, /kører på (http:\/\/[^\s]+)/);
}

/** Starts the peer: a bare Fastify server with one JSON route, nothing else. */
export function serveBareFastify(): Promise<Served> {
  return start(
    ['--import', 'tsx', join(import.meta.dirname, 'bare-fastify.ts')],
    { ...process.env },
    /listening (http:\/\/[^\s]+)/,
  );
}

export async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Logs in and returns the session cookie (and CSRF cookie) as one Cookie header. */
export async function loginCookie(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
