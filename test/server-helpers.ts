// Starting the app in-process for tests (Fastify inject: no port), with a set of users, and a
// small client that carries the session cookie and CSRF token like the web app does.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { type ServiceOptions, type Services, createServices } from '../src/server/services/index.ts';
import { closeWorkers } from '../src/server/workers/pool.ts';
import type { Db } from '../src/store/db.ts';
import type { Role, User } from '../src/store/types.ts';
import type { TestDatabase } from './store-helpers.ts';

export const PASSWORD = 'korrekt-hest-batteri';

export interface TestUser {
  email: string;
  role: Role;
  administration: string | null;
}

export const USERS = {
  admin: { email: 'admin@test.dk', role: 'admin', administration: null },
  cfoe: { email: 'cfoe@test.dk', role: 'oekonomi', administration: null },
  buf: { email: 'buf@test.dk', role: 'forfatter', administration: 'BUF' },
  buf2: { email: 'buf2@test.dk', role: 'forfatter', administration: 'BUF' },
  sof: { email: 'sof@test.dk', role: 'forfatter', administration: 'SOF' },
  laeser: { email: 'laeser@test.dk', role: 'laeser', administration: null },
} satisfies Record<string, TestUser>;

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.statusCode === 200) {
      const cookies = res.cookies as { name: string; value: string }[];
      this.cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    }
    return res;
  }

  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    options: { csrf?: boolean; contentType?: string; raw?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (options.raw !== undefined) {
      payload = options.raw;
      headers['content-type'] = options.contentType ?? 'text/plain; charset=utf-8';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    return this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
}

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  db: Db;
  users: Record<keyof typeof USERS, User>;
  client: (who?: keyof typeof USERS) => Promise<Client>;
  close: () => Promise<void>;
}

export async function startTestApp(target: TestDatabase, options: ServiceOptions = {}): Promise<TestApp> {
  const opened = await target.open();
  const services = createServices(opened.db, options);
  const app = await buildApp(services);
  const users = {} as Record<keyof typeof USERS, User>;
  for (const [key, u] of Object.entries(USERS)) {
    users[key as keyof typeof USERS] = await services.auth.addUser('cli', { ...u, password: PASSWORD });
  }
  return {
    app,
    services,
    db: opened.db,
    users,
    client: async (who) => {
      const c = new Client(app);
      if (who) {
        const res = await c.login(USERS[who].email);
        if (res.statusCode !== 200) throw new Error(`login ${who} failed: ${res.body}`);
      }
      return c;
    },
    close: async () => {
      await app.close();
      await closeWorkers();
      await opened.cleanup();
    },
  };
}

/** A proposal body of the model's shape, with an economy in kroner. */
export function proposalBody(
  ref: string,
  administration: string,
  title = `Forslag om ${ref}`,
): Record<string, unknown> {
  return {
    ref,
    title,
    kind: 'investering',
    presentingAdministrations: [administration],
    summary: 'Et forslag skrevet til testen.',
    sections: [
      { heading: 'Beskrivelse af forslag', text: 'Skolernes ventilationsanlæg udskiftes.', sourceLine: null },
    ],
    economy: {
      unit: 't.kr',
      priceLevelYear: 2027,
      years: [2027, 2028, 2029],
      lines: [
        {
          label: 'Besparelse',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2027': -100000, '2028': -400000, '2029': -400000 },
          sourceLine: null,
        },
        {
          label: 'Investering',
          section: 'implementering',
          budgetArea: 'service',
          amounts: { '2027': 500000 },
          sourceLine: null,
        },
      ],
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      },
    },
  };
}
