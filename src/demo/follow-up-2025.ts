// Demo data for the follow-up (gevinstrealisering): an earlier round, "Budget 2025", whose adopted
// proposals have been followed up for two years, so a new user sees planned against realised, a
// year behind and one ahead, a confirmed year and a preliminary one, a target met, one due this
// quarter and one overdue. Written for Gevinst (invented numbers). The savings are flat from 2026,
// so Budget 2025 adds no rising profile to Budget 2027 (its måltal page stays as it was).
import type { Recurrence } from '../core/schema/follow-up.ts';
import type { RoundTarget } from '../store/types.ts';
import type { DemoProposal } from './budget-2027.ts';
import { type DemoSpec, proposal } from './build.ts';

export const FOLLOW_UP_ROUND = {
  name: 'Budget 2025',
  kind: 'budget' as const,
  year: 2025,
  priceLevelYear: 2025,
  deadlines: [{ label: 'Vedtagelse i Borgerrepræsentationen', date: '2024-10-03' }],
};

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

export const FOLLOW_UP_TARGETS: RoundTarget[] = [
  ['SUU', 1_500_000],
  ['BUU', 300_000],
].flatMap(([committee, amount]) =>
  [2025, 2026].map((year) => ({ committee: committee as string, year, amount: amount as number })),
);

const specs: (DemoSpec & { status: DemoProposal['status']; approvedWith: string })[] = [
  {
    ref: 'Forslag 1',
    title: 'Digital visitation i ældreplejen',
    kind: 'investering',
    administration: 'SUF',
    summary:
      'Visitationen til hjemmepleje flytter til et digitalt system med videomøder, så færre besøg er nødvendige.',
    background: 'Hver visitation kræver i dag et hjemmebesøg, også ved små ændringer af hjælpen.',
    description:
      'Et nyt visitationssystem med videomøder og digitale ansøgninger tages i brug i alle distrikter i løbet af 2025.',
    lines: [
      ['Færre visitationsbesøg', 'varig', 'service', [-400, -1000, -1000, -1000, -1000, -1000]],
      ['Lavere licensudgifter', 'varig', 'service', [-200, -500, -500, -500, -500, -500]],
      [
        'Indkøb og implementering af system',
        'implementering',
        'service',
        [1500, 300, null, null, null, null],
      ],
    ],
    followUp: [
      ['Visitationstiden halveret', 'Gennemsnitlig sagsbehandlingstid', 'SUF, Myndighed', 'Q2 2026'],
      [
        'Systemet i drift i alle distrikter',
        'Antal distrikter på systemet',
        'SUF, Digitalisering',
        'Ultimo 2025',
      ],
      ['Status til Sundheds- og Omsorgsudvalget', 'Statusnotat', 'SUF, Økonomi', 'Årligt fra 2025'],
    ],
    risk: ['Middel', 'Effekten afhænger af, at borgerne kan bruge videomøder.'],
    cfoeApproved: '2024-03-12',
    years: YEARS,
    status: 'udmoentet',
    approvedWith: 'Budget 2025',
  },
  {
    ref: 'Forslag 2',
    title: 'Samlet aftale om vikarer i dagtilbud',
    kind: 'effektivisering',
    administration: 'BUF',
    summary: 'De mange aftaler med vikarbureauer samles i én rammeaftale med fælles priser.',
    background: 'Dagtilbuddene køber vikarer på 14 forskellige aftaler med forskellige timepriser.',
    description: 'En fælles rammeaftale fra 1. januar 2025 giver lavere timepriser og færre fakturaer.',
    lines: [['Lavere timepris på vikarer', 'varig', 'service', [-300, -300, -300, -300, -300, -300]]],
    followUp: [['Rammeaftale indgået', 'Underskrevet kontrakt', 'BUF, Indkøb', 'Q1 2025']],
    risk: ['Lav', 'Markedet for vikarer er stort.'],
    cfoeApproved: '2024-03-12',
    years: YEARS,
    status: 'vedtaget',
    approvedWith: 'Budget 2025',
  },
];

export function followUpProposals(): DemoProposal[] {
  return specs.map((s) => ({ proposal: proposal(s), status: s.status, approvedWith: s.approvedWith }));
}

/** Realised figures entered by the administration, kroner (savings negative), per proposal ref. */
export interface DemoRealisation {
  ref: string;
  years: {
    year: number;
    note: string | null;
    cells: {
      section: 'varig' | 'implementering';
      budgetArea: 'service';
      line: string | null;
      amount: number;
    }[];
    /** Confirmed by the finance centre. */
    confirmed: boolean;
  }[];
  /** Targets met: index in the follow-up table, the occurrence's due date, the evidence. */
  met: { index: number; due: string | null; evidence: string }[];
  /** Schedules set by hand. */
  schedules?: { index: number; due: string | null; recurrence: Recurrence | null }[];
}

export const FOLLOW_UP_REALISATIONS: DemoRealisation[] = [
  {
    ref: 'Forslag 1',
    years: [
      {
        year: 2025,
        note: 'Systemet kom i drift to måneder senere end planlagt; licenserne faldt som ventet.',
        cells: [
          { section: 'varig', budgetArea: 'service', line: 'Færre visitationsbesøg', amount: -250_000 },
          { section: 'varig', budgetArea: 'service', line: 'Lavere licensudgifter', amount: -200_000 },
          { section: 'implementering', budgetArea: 'service', line: null, amount: 1_650_000 },
        ],
        confirmed: true,
      },
      {
        year: 2026,
        note: 'Foreløbigt tal; regnskab 2026 afventes.',
        cells: [
          { section: 'varig', budgetArea: 'service', line: null, amount: -1_350_000 },
          { section: 'implementering', budgetArea: 'service', line: null, amount: 300_000 },
        ],
        confirmed: false,
      },
    ],
    met: [
      {
        index: 1,
        due: '2025-12-31',
        evidence:
          'Alle 12 distrikter visiterer i systemet fra 1. december 2025 (driftsrapport december 2025).',
      },
      { index: 2, due: '2025-12-31', evidence: 'Statusnotat behandlet i udvalget 4. februar 2026.' },
    ],
  },
  {
    ref: 'Forslag 2',
    years: [
      {
        year: 2025,
        note: 'Timeprisen faldt mere end ventet i udbuddet.',
        cells: [{ section: 'varig', budgetArea: 'service', line: null, amount: -500_000 }],
        confirmed: true,
      },
    ],
    met: [{ index: 0, due: '2025-03-31', evidence: 'Rammeaftale underskrevet 12. december 2024.' }],
  },
];
