// The database going away: the server answers 503 with a Danish message, and recovers by itself
// when the database returns. PostgreSQL only (TEST_DATABASE_URL); the outage is a TCP proxy
// between the server and PostgreSQL that is cut and restored.
import { type Server, type Socket, createServer, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createServices } from '../src/server/services/index.ts';
import type { Db } from '../src/store/db.ts';
import { openDatabase } from '../src/store/open.ts';
import { Client, PASSWORD } from './server-helpers.ts';
import { TEST_DATABASE_URL, createSchema, dropSchema } from './store-helpers.ts';

class Proxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address === 'object' && address) this.port = address.port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe.skipIf(!TEST_DATABASE_URL)('database outage (PostgreSQL)', () => {
  const url = new URL(TEST_DATABASE_URL ?? 'postgres://localhost/x');
  const proxy = new Proxy(url.hostname, Number(url.port || 5432));
  let schema: string;
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    schema = await createSchema(url.toString());
    await proxy.up();
    const viaProxy = new URL(url.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    db = await openDatabase({ databaseUrl: viaProxy.toString(), schema });
    const services = createServices(db);
    await services.auth.addUser('cli', { email: 'laeser@test.dk', role: 'laeser', password: PASSWORD });
    app = await buildApp(services);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await proxy.down();
    await dropSchema(url.toString(), schema);
  });

  it('503 with a Danish message while the database is gone, ok again when it returns', async () => {
    const c = new Client(app);
    expect((await c.login('laeser@test.dk')).statusCode).toBe(200);
    expect((await c.get('/api/rounds')).statusCode).toBe(200);

    await proxy.down();
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({
      status: 'unavailable',
      message: 'Databasen svarer ikke lige nu. Prøv igen om lidt.',
    });
    const api = await c.get('/api/rounds');
    expect(api.statusCode).toBe(503);
    expect(api.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'unavailable',
      message: 'Databasen svarer ikke lige nu. Prøv igen om lidt.',
    });

    await proxy.up();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await c.get('/api/rounds')).statusCode).toBe(200);
  });
});
