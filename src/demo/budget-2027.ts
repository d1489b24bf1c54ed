// Demo data: the budget round "Budget 2027", written for Gevinst (never taken from the corpus).
// Ten proposals across seven administrations; amounts in 1.000 kr. 2027 p/l, savings negative.
import type { Proposal, YearAmounts } from '../core/model.ts';
import type { Role, RoundTarget, Status } from '../store/types.ts';
import { type DemoSpec, proposal } from './build.ts';

export const DEMO_ROUND = {
  name: 'Budget 2027',
  kind: 'budget' as const,
  year: 2027,
  priceLevelYear: 2027,
  deadlines: [
    { label: 'Frist for indsendelse til Center for Økonomi', date: '2027-03-01' },
    { label: 'Udvalgenes behandling', date: '2027-04-15' },
    { label: 'Økonomiudvalgets budgetseminar', date: '2027-06-10' },
    { label: 'Vedtagelse i Borgerrepræsentationen', date: '2027-10-01' },
  ],
};

/** Måltal per committee, kroner, positive = saving required. */
export const DEMO_TARGETS: RoundTarget[] = [
  ['BUU', 12_000_000],
  ['SU', 9_500_000],
  ['SUU', 8_000_000],
  ['TMU', 6_000_000],
  ['KFU', 2_500_000],
  ['BIU', 4_000_000],
  ['ØU', 3_000_000],
].flatMap(([committee, amount]) =>
  [2027, 2028, 2029, 2030].map((year) => ({
    committee: committee as string,
    year,
    amount: amount as number,
  })),
);

export const DEMO_RISING_PROFILES: { committee: string; title: string; amounts: YearAmounts }[] = [
  {
    committee: 'BUU',
    title: 'Stigende profil: Digital skoleadministration (Budget 2026)',
    amounts: { '2027': 1_500_000, '2028': 2_000_000, '2029': 2_000_000 },
  },
  {
    committee: 'SU',
    title: 'Stigende profil: Samling af botilbud (Budget 2025)',
    amounts: { '2027': 800_000, '2028': 1_200_000 },
  },
];

const specs: (DemoSpec & { status: Status; approvedWith?: string })[] = [
  {
    ref: 'Forslag 1',
    title: 'Energioptimering af skolernes ventilationsanlæg',
    kind: 'investering',
    administration: 'BUF',
    affected: ['KFF'],
    summary:
      'Ventilationsanlæggene på 24 skoler udskiftes til behovsstyrede anlæg. Investeringen betales tilbage gennem lavere elforbrug og færre serviceaftaler.',
    background:
      'Mange af skolernes ventilationsanlæg er over 20 år gamle og kører med fast luftmængde hele dagen, også når klasselokalerne står tomme.',
    description:
      'Anlæggene udskiftes over to år. De nye anlæg styres efter CO2-niveau i lokalerne. Elforbruget forventes at falde med 35 pct., og serviceaftalerne samles i én aftale.',
    lines: [
      ['Lavere elforbrug', 'varig', 'service', [-400, -1200, -1800, -1800, -1800, -1800]],
      ['Samlet serviceaftale', 'varig', 'service', [0, -200, -300, -300, -300, -300]],
      ['Udskiftning af anlæg', 'implementering', 'anlaeg', [4500, 3500, null, null, null, null]],
      ['Projektledelse', 'implementering', 'service', [400, 300, null, null, null, null]],
    ],
    followUp: [
      [
        'Elforbrug på skolerne falder 35 pct.',
        'Målt elforbrug pr. m² før og efter',
        'BUF, Bygningsdrift',
        'Q4 2028',
      ],
      ['Alle 24 anlæg udskiftet', 'Antal idriftsatte anlæg', 'BUF, Projektenheden', 'Ultimo 2028'],
    ],
    risk: ['Lav', 'Teknologien er afprøvet på fire skoler i 2025 med de forventede besparelser.'],
    partners: ['Københavns Ejendomme'],
    cfoeApproved: '2027-03-15',
    status: 'vedtaget',
    approvedWith: 'Budget 2027',
  },
  {
    ref: 'Forslag 2',
    title: 'Digital visitation til hjemmepleje',
    kind: 'investering',
    administration: 'SUF',
    summary:
      'Visitationen til hjemmepleje får et digitalt selvbetjeningsforløb for pårørende og borgere, så visitatorerne bruger mindre tid på administration.',
    background:
      'Visitatorerne bruger i dag op mod en tredjedel af tiden på at indhente oplysninger, som borgeren allerede kan give digitalt.',
    description:
      'Et digitalt forløb indhenter oplysninger før besøget. Forløbet integreres med omsorgssystemet. Den frigjorte tid svarer til 6 årsværk.',
    lines: [
      ['Færre årsværk i visitationen', 'varig', 'service', [-600, -2800, -3600, -3600, -3600, -3600]],
      ['Drift og licens', 'varig', 'service', [200, 400, 400, 400, 400, 400]],
      ['Udvikling og integration', 'implementering', 'service', [3200, 1000, null, null, null, null]],
      ['Uddannelse af medarbejdere', 'implementering', 'service', [300, 200, null, null, null, null]],
    ],
    followUp: [['6 årsværk frigjort i visitationen', 'Normering før og efter', 'SUF, Myndighed', 'Q2 2029']],
    risk: ['Middel', 'Integrationen med omsorgssystemet afhænger af leverandørens tidsplan.'],
    partners: ['Koncern IT'],
    cfoeApproved: '2027-03-15',
    status: 'udvalgsgodkendt',
  },
  {
    ref: 'Forslag 3',
    title: 'Samling af administrative funktioner i Socialforvaltningens centre',
    kind: 'effektivisering',
    administration: 'SOF',
    summary: 'Løn, indkøb og fakturahåndtering i de fem centre samles i én enhed.',
    background:
      'Hvert center har i dag sin egen administration med overlappende opgaver og forskellige arbejdsgange.',
    description:
      'Opgaverne samles i én fælles enhed med ens arbejdsgange. Reduktionen sker ved naturlig afgang.',
    lines: [['Færre administrative årsværk', 'varig', 'service', [-1500, -3000, -3000, -3000, -3000, -3000]]],
    followUp: [
      [
        'Fælles administrativ enhed etableret',
        'Organisationsdiagram og normering',
        'SOF, Direktionssekretariatet',
        '1. halvår 2027',
      ],
    ],
    risk: ['Lav', 'Naturlig afgang i centrene er større end reduktionen.'],
    cfoeApproved: '2027-03-15',
    status: 'godkendt_cfoe',
  },
  {
    ref: 'Forslag 4',
    title: 'Elektriske servicebiler i Teknik- og Miljøforvaltningen',
    kind: 'investering',
    administration: 'TMF',
    summary: '60 dieselbiler udskiftes med elbiler og ladestandere ved tre materielgårde.',
    background: 'Forvaltningens servicebiler kører korte ture i byen, hvor elbiler er billigst i drift.',
    description:
      'Bilerne udskiftes ved leasingudløb i 2027 og 2028. Ladestandere etableres ved materielgårdene.',
    lines: [
      [
        'Lavere brændstof- og vedligeholdelsesudgift',
        'varig',
        'service',
        [-300, -900, -1100, -1100, -1100, -1100],
      ],
      ['Ladestandere', 'implementering', 'anlaeg', [2400, null, null, null, null, null]],
      ['Merpris ved leasingskift', 'implementering', 'service', [600, 600, null, null, null, null]],
    ],
    followUp: [['60 elbiler i drift', 'Flådeoversigt', 'TMF, Driftsafdelingen', 'Q3 2028']],
    risk: ['Lav', 'Leveringstiden på elbiler er kort.'],
    status: 'indsendt',
  },
  {
    ref: 'Forslag 5',
    title: 'Selvbetjent udlån og længere åbningstid på biblioteker',
    kind: 'investering',
    administration: 'KFF',
    summary: 'Fire biblioteker får selvbetjent åbningstid og automatiseret sortering af afleveringer.',
    background: 'Sorteringen af afleverede materialer binder personale, der kunne bruges på formidling.',
    description: 'Der installeres sorteringsanlæg og adgangskontrol. Personalet reduceres med 2 årsværk.',
    lines: [
      ['Færre årsværk til sortering', 'varig', 'service', [0, -700, -1050, -1050, -1050, -1050]],
      ['Service på sorteringsanlæg', 'varig', 'service', [0, 150, 150, 150, 150, 150]],
      ['Sorteringsanlæg og adgangskontrol', 'implementering', 'anlaeg', [2100, null, null, null, null, null]],
    ],
    followUp: [
      [
        'Selvbetjent åbningstid på fire biblioteker',
        'Antal åbningstimer pr. uge',
        'KFF, Bibliotekerne',
        'Medio 2028',
      ],
    ],
    risk: ['Middel', 'Brugerne skal vænne sig til selvbetjent åbningstid.'],
    status: 'kladde',
  },
  {
    ref: 'Forslag 6',
    title: 'Virksomhedsrettet indsats for sygemeldte',
    kind: 'investering',
    administration: 'BIF',
    summary: 'Flere sygemeldte får en tidlig, virksomhedsrettet indsats, så sygeforløbene bliver kortere.',
    background:
      'Erfaringer fra et forsøg i 2025 viser, at en tidlig indsats afkorter sygeforløbene med gennemsnitligt tre uger.',
    description: 'Der ansættes fire virksomhedskonsulenter i to år. Besparelsen kommer på sygedagpenge.',
    lines: [
      ['Lavere udgift til sygedagpenge', 'varig', 'overfoersler', [-800, -2400, -3200, -3200, -3200, -3200]],
      ['Virksomhedskonsulenter', 'implementering', 'service', [2400, 2400, null, null, null, null]],
    ],
    followUp: [
      [
        'Kortere sygeforløb',
        'Gennemsnitlig varighed af sygedagpengeforløb',
        'BIF, Jobcenter København',
        'Årligt fra 2028',
      ],
    ],
    risk: ['Middel', 'Effekten afhænger af konjunkturen.'],
    status: 'indsendt',
  },
  {
    ref: 'Forslag 7',
    title: 'Fælles indkøb af rengøring i kommunens administrationsbygninger',
    kind: 'effektivisering',
    administration: 'ØKF',
    affected: ['BUF', 'SOF', 'TMF'],
    summary: 'Rengøringen i administrationsbygningerne udbydes samlet.',
    background: 'Rengøring købes i dag ind af hver forvaltning med forskellige kontrakter og priser.',
    description: 'Et samlet udbud med fælles kvalitetskrav forventes at give 8 pct. lavere priser.',
    lines: [['Lavere pris på rengøring', 'varig', 'service', [-900, -1800, -1800, -1800, -1800, -1800]]],
    followUp: [['Samlet kontrakt indgået', 'Kontrakt underskrevet', 'ØKF, Koncernservice', 'Q1 2027']],
    risk: ['Lav', 'Markedet er bredt, og der forventes mange tilbud.'],
    partners: ['Koncernservice'],
    cfoeApproved: '2027-03-15',
    status: 'vedtaget',
    approvedWith: 'Budget 2027',
  },
  {
    ref: 'Forslag 8',
    title: 'Sensorbaseret tømning af affaldsbeholdere i parker',
    kind: 'investering',
    administration: 'TMF',
    summary: 'Affaldsbeholdere i parker får fyldningssensorer, så de kun tømmes, når de er fulde.',
    background: 'Beholderne tømmes i dag efter fast rute, uanset hvor fulde de er.',
    description:
      'Der monteres sensorer på 1.200 beholdere, og ruterne planlægges dagligt efter fyldningsgrad.',
    lines: [
      ['Færre tømninger', 'varig', 'service', [-200, -650, -650, -650, -650, -650]],
      ['Datafordeling og abonnement', 'varig', 'service', [80, 80, 80, 80, 80, 80]],
      ['Sensorer og montering', 'implementering', 'anlaeg', [1900, null, null, null, null, null]],
      ['Grundinvestering i dataplatform', 'implementering', 'anlaeg', [500, null, null, null, null, null]],
    ],
    followUp: [['30 pct. færre tømninger', 'Antal tømninger pr. måned', 'TMF, Park og Natur', 'Q4 2027']],
    risk: ['Middel', 'Sensorernes batterilevetid er ikke afprøvet i dansk klima.'],
    status: 'kladde',
  },
  {
    ref: 'Forslag 9',
    title: 'Foranalyse: Fælles vikarbureau for dagtilbud',
    kind: 'foranalyse',
    administration: 'BUF',
    summary:
      'En foranalyse skal belyse, om et fælles internt vikarkorps kan erstatte eksterne vikarbureauer i dagtilbud.',
    background: 'Udgiften til eksterne vikarer i dagtilbud er steget i tre år i træk.',
    description:
      'Analysen kortlægger vikarforbruget og beregner driften af et internt vikarkorps. 1,3 årsværk i seks måneder.',
    lines: [],
    followUp: [['Beslutningsgrundlag for internt vikarkorps', 'Analyserapport', 'BUF, Dagtilbud', 'Q3 2027']],
    risk: ['Lav', 'Foranalysen binder ingen varige udgifter.'],
    requestedAmount: 1_043_000,
    cfoeApproved: '2027-03-15',
    status: 'godkendt_cfoe',
  },
  {
    ref: 'Forslag 10',
    title: 'Genoptræning med skærmbaserede øvelser',
    kind: 'investering',
    administration: 'SUF',
    summary: 'Borgere i genoptræning får skærmbaserede øvelser hjemme mellem de fysiske træningsgange.',
    background: 'Kortere forløb med samme effekt er vist i et forsøg med 200 borgere.',
    description: 'Der indkøbes en platform med øvelsesvideoer, og terapeuterne følger op på afstand.',
    lines: [
      ['Kortere genoptræningsforløb', 'varig', 'service', [-300, -1100, -1400, -1400, -1400, -1400]],
      ['Licens til platform', 'varig', 'service', [250, 250, 250, 250, 250, 250]],
      ['Indkøb og opsætning', 'implementering', 'service', [1800, 400, null, null, null, null]],
    ],
    followUp: [
      ['Forløbene afkortes med 15 pct.', 'Gennemsnitlig forløbslængde', 'SUF, Genoptræning', 'Q2 2028'],
    ],
    risk: ['Middel', 'Ikke alle borgere kan bruge skærmbaserede øvelser.'],
    status: 'afvist',
  },
];

export interface DemoProposal {
  proposal: Proposal;
  status: Status;
  approvedWith: string | null;
}

export function demoProposals(): DemoProposal[] {
  return specs.map((s) => ({
    proposal: proposal(s),
    status: s.status,
    approvedWith: s.approvedWith ?? null,
  }));
}

/** A demo account: printed at start. For a demo only; never use these outside a laptop. */
export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  administration: string | null;
  password: string;
}

/** Demo accounts of the first organisation (Copenhagen). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@gevinst.demo',
    name: 'Ada Admin',
    role: 'admin',
    administration: null,
    password: 'demo-admin-2027',
  },
  {
    email: 'cfoe@gevinst.demo',
    name: 'Carl Økonomi',
    role: 'oekonomi',
    administration: null,
    password: 'demo-cfoe-2027',
  },
  {
    email: 'buf@gevinst.demo',
    name: 'Birte Forfatter (BUF)',
    role: 'forfatter',
    administration: 'BUF',
    password: 'demo-buf-2027',
  },
  {
    email: 'suf@gevinst.demo',
    name: 'Søren Forfatter (SUF)',
    role: 'forfatter',
    administration: 'SUF',
    password: 'demo-suf-2027',
  },
  {
    email: 'laeser@gevinst.demo',
    name: 'Lis Læser',
    role: 'laeser',
    administration: null,
    password: 'demo-laeser-2027',
  },
];
