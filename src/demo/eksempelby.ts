// The second demo organisation: "Eksempelby Kommune", a smaller municipality written for Gevinst
// (invented names and numbers). It has its own committees and administrations, its own round and
// its own admin, so a new user sees at once that one installation serves several municipalities
// and that nothing of one is visible to the other.
import type { MasterDataFile } from '../core/master-data.ts';
import { DEFAULT_MASTER_DATA } from '../core/master-data.ts';
import type { RoundTarget } from '../store/types.ts';
import { type DemoSpec, proposal } from './build.ts';
import type { DemoProposal, DemoUser } from './budget-2027.ts';

export const EKSEMPELBY = { slug: 'eksempelby', name: 'Eksempelby Kommune' };

export const EKSEMPELBY_MASTER_DATA: MasterDataFile = {
  description: 'Stamdata for Eksempelby Kommune (demodata skrevet til Gevinst).',
  committees: [
    { id: 'ØK', name: 'Økonomiudvalget', abbreviations: ['ØK'], variants: [] },
    { id: 'BSU', name: 'Børne- og Skoleudvalget', abbreviations: ['BSU'], variants: [] },
    { id: 'SSU', name: 'Social- og Sundhedsudvalget', abbreviations: ['SSU'], variants: [] },
    { id: 'PTU', name: 'Plan- og Teknikudvalget', abbreviations: ['PTU'], variants: [] },
  ],
  administrations: [
    {
      id: 'ØD',
      name: 'Økonomi og Digitalisering',
      committee: 'ØK',
      parent: null,
      abbreviations: ['ØD'],
      variants: [],
    },
    { id: 'BS', name: 'Børn og Skole', committee: 'BSU', parent: null, abbreviations: ['BS'], variants: [] },
    {
      id: 'SS',
      name: 'Social og Sundhed',
      committee: 'SSU',
      parent: null,
      abbreviations: ['SS'],
      variants: [],
    },
    {
      id: 'TM',
      name: 'Teknik og Miljø',
      committee: 'PTU',
      parent: null,
      abbreviations: ['TM'],
      variants: [],
    },
  ],
  budgetAreas: DEFAULT_MASTER_DATA.budgetAreas,
};

export const EKSEMPELBY_ROUND = {
  name: 'Budget 2027',
  kind: 'budget' as const,
  year: 2027,
  priceLevelYear: 2027,
};

export const EKSEMPELBY_TARGETS: RoundTarget[] = [
  ['BSU', 1_500_000],
  ['SSU', 2_000_000],
  ['PTU', 800_000],
].flatMap(([committee, amount]) =>
  [2027, 2028, 2029, 2030].map((year) => ({
    committee: committee as string,
    year,
    amount: amount as number,
  })),
);

const specs: (DemoSpec & { status: DemoProposal['status']; approvedWith?: string })[] = [
  {
    ref: 'Forslag 1',
    title: 'Fælles skolebus for de tre landsbyskoler',
    kind: 'investering',
    administration: 'BS',
    summary: 'Tre skolebusruter lægges sammen til én med en ny elbus, og kørslen planlægges digitalt.',
    background: 'Landsbyskolerne har hver sin bus, som kører halvtom på de fleste ture.',
    description: 'En elbus og et planlægningsværktøj erstatter de tre ruter fra skoleåret 2027/28.',
    lines: [
      ['Færre kørte kilometer', 'varig', 'service', [-150, -450, -450, -450, -450, -450]],
      ['Elbus', 'implementering', 'anlaeg', [1200, null, null, null, null, null]],
    ],
    followUp: [['Én samlet rute i drift', 'Køreplan', 'Børn og Skole', 'Q3 2027']],
    risk: ['Lav', 'Ruterne er korte, og elbussen kan lades på skolen.'],
    cfoeApproved: '2027-02-20',
    status: 'vedtaget',
    approvedWith: 'Budget 2027',
  },
  {
    ref: 'Forslag 2',
    title: 'Digital medicinhåndtering i hjemmeplejen',
    kind: 'investering',
    administration: 'SS',
    summary: 'Medicinlister føres digitalt, så dobbeltregistrering og telefonopkald til lægen falder.',
    background: 'Hjemmeplejen fører i dag medicinlister på papir og i omsorgssystemet.',
    description: 'Et modul til omsorgssystemet indføres i 2027; medarbejderne uddannes i to hold.',
    lines: [
      ['Mindre tid til registrering', 'varig', 'service', [-200, -900, -1200, -1200, -1200, -1200]],
      ['Licens', 'varig', 'service', [100, 150, 150, 150, 150, 150]],
      ['Modul og opsætning', 'implementering', 'service', [1500, 300, null, null, null, null]],
    ],
    followUp: [
      [
        'Alle borgere med digital medicinliste',
        'Andel i omsorgssystemet',
        'Social og Sundhed',
        'Ultimo 2027',
      ],
    ],
    risk: ['Middel', 'Leverandørens modul er nyt i markedet.'],
    status: 'indsendt',
  },
  {
    ref: 'Forslag 3',
    title: 'Samlet indkøb af rengøring',
    kind: 'effektivisering',
    administration: 'ØD',
    summary: 'Rengøringen af rådhus, bibliotek og skoler udbydes samlet.',
    background: 'Rengøringen er i dag købt i fem aftaler med forskellige priser.',
    description: 'Ét samlet udbud i 2027 med start 1. januar 2028.',
    lines: [['Lavere pris på rengøring', 'varig', 'service', [0, -300, -300, -300, -300, -300]]],
    followUp: [['Ny rengøringsaftale', 'Kontrakt underskrevet', 'Økonomi og Digitalisering', 'Q4 2027']],
    risk: ['Lav', 'Markedet for rengøring har mange bydende.'],
    status: 'kladde',
  },
];

export function eksempelbyProposals(): DemoProposal[] {
  return specs.map((s) => ({
    proposal: proposal(s),
    status: s.status,
    approvedWith: s.approvedWith ?? null,
  }));
}

/** The organisation's demo login: printed at start and listed in the README. */
export const EKSEMPELBY_USERS: readonly DemoUser[] = [
  {
    email: 'admin@eksempelby.demo',
    name: 'Eva Eksempel',
    role: 'admin',
    administration: null,
    password: 'demo-eksempelby-2027',
  },
];
