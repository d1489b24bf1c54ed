// Test data for the browser tests, beside the server's demo round, written through the server's own services (the same code the
// API runs): four accounts, one budget round with måltal, and proposals of two administrations.
// Amounts are whole kroner; the tables are in 1.000 kr.
import type { Proposal } from '../../src/core/model.ts';
import { emptyProposal } from '../../src/core/model.ts';
import type { Services } from '../../src/server/services/index.ts';

export const DEMO = {
  admin: { email: 'admin@test.kk.dk', password: 'admin-test-password-1' },
  finance: { email: 'oekonomi@test.kk.dk', password: 'oekonomi-test-password-1' },
  author: {
    email: 'forfatter@test.kk.dk',
    password: 'forfatter-test-password-1',
    administration: 'BUF',
    administrationCommitteeName: 'Børne- og Ungdomsudvalget',
  },
  reader: { email: 'laeser@test.kk.dk', password: 'laeser-test-password-1' },
} as const;

const T = 1000;

function investment(
  ref: string,
  title: string,
  administration: string,
  saving: number,
  invest: number,
  years: number[],
): Proposal {
  const p = emptyProposal(ref, title, 'investering');
  p.presentingAdministrations = [administration];
  p.summary = `${title}: et forslag skrevet til browsertestene.`;
  const [first] = years;
  const amounts = (f: (y: number, i: number) => number | null) => {
    const out: Record<string, number> = {};
    years.forEach((y, i) => {
      const v = f(y, i);
      if (v !== null) out[String(y)] = v * T;
    });
    return out;
  };
  p.economy = {
    unit: 't.kr',
    priceLevelYear: first ?? null,
    years,
    lines: [
      {
        label: 'Effektivisering af sagsbehandling',
        section: 'varig',
        budgetArea: 'service',
        amounts: amounts((_, i) => (i === 0 ? -saving / 2 : -saving)),
        sourceLine: null,
      },
      {
        label: 'Drift af nyt system',
        section: 'varig',
        budgetArea: 'service',
        amounts: amounts((_, i) => (i === 0 ? null : 100)),
        sourceLine: null,
      },
      {
        label: 'Projektledelse og implementering',
        section: 'implementering',
        budgetArea: 'service',
        amounts: amounts((_, i) => (i === 0 ? invest : null)),
        sourceLine: null,
      },
      {
        label: 'Ombygning',
        section: 'implementering',
        budgetArea: 'anlaeg',
        amounts: amounts((_, i) => (i === 0 ? 500 : i === 1 ? 200 : null)),
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
  };
  p.followUp = [
    {
      group: 'Realisering af effektiviseringer',
      target: 'Færre sagsbehandlingstimer',
      measure: 'Tidsregistrering',
      responsible: 'Kontorchef',
      when: 'Q2 2028',
      sourceLine: null,
    },
  ];
  p.risk = { level: 'Lav', text: 'Leverandøren er kendt.', sourceLine: null };
  return p;
}

export async function seed(s: Services): Promise<{ roundId: number }> {
  const admin = await s.auth.addUser('cli', {
    email: DEMO.admin.email,
    name: 'Ada Administrator',
    role: 'admin',
    password: DEMO.admin.password,
  });
  await s.auth.addUser('cli', {
    email: DEMO.finance.email,
    name: 'Øjvind Økonomi',
    role: 'oekonomi',
    password: DEMO.finance.password,
  });
  const author = await s.auth.addUser('cli', {
    email: DEMO.author.email,
    name: 'Frida Forfatter',
    role: 'forfatter',
    administration: DEMO.author.administration,
    password: DEMO.author.password,
  });
  await s.auth.addUser('cli', {
    email: DEMO.reader.email,
    name: 'Lars Læser',
    role: 'laeser',
    password: DEMO.reader.password,
  });

  const years = [2027, 2028, 2029, 2030, 2031, 2032];
  const round = await s.proposals.createRound(admin, {
    name: 'Testrunde 2027',
    kind: 'budget',
    year: 2027,
    priceLevelYear: 2027,
  });
  await s.proposals.setTargets(admin, round.id, [
    { committee: 'BUU', year: 2028, amount: 5000 * T },
    { committee: 'TMU', year: 2028, amount: 3000 * T },
  ]);
  await s.proposals.createProposal(
    author,
    round.id,
    investment('Forslag 1', 'Digital pladsanvisning', 'BUF', 1500, 2000, years),
  );
  await s.proposals.createProposal(
    author,
    round.id,
    investment('Forslag 2', 'Robotter i dagtilbuddenes køkkener', 'BUF', 600, 2400, years),
  );
  await s.proposals.createProposal(
    admin,
    round.id,
    investment('Forslag 3', 'Ruteoptimering af renovation', 'TMF', 900, 1800, years),
  );
  const e = emptyProposal('Forslag 4', 'Samdrift af administrative funktioner', 'effektivisering');
  e.presentingAdministrations = ['TMF'];
  e.economy = {
    unit: 't.kr',
    priceLevelYear: 2027,
    years: [2027, 2028, 2029, 2030],
    lines: [
      {
        label: 'Færre årsværk',
        section: 'varig',
        budgetArea: 'service',
        amounts: { '2027': -800 * T, '2028': -1200 * T, '2029': -1200 * T, '2030': -1200 * T },
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
  };
  await s.proposals.createProposal(admin, round.id, e);
  // An empty round to import a corpus catalog into (its refs "Forslag 1" … would clash above).
  await s.proposals.createRound(admin, {
    name: 'Import 2026',
    kind: 'budget',
    year: 2026,
    priceLevelYear: 2026,
  });
  return { roundId: round.id };
}
