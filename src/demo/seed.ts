// Loads the demo on a database that has never held anything (no users, no rounds): Copenhagen's
// round "Budget 2027" in the first organisation with an earlier round, "Budget 2025", whose adopted
// proposals are followed up, and a second municipality, Eksempelby Kommune, with its own master
// data, round and admin. Goes through the services, so the demo's versions,
// transitions and audit log are real ones.
import type { MasterDataFile } from '../core/master-data.ts';
import { DEFAULT_PRICE_INDEX } from '../core/price-level.ts';
import type { Db } from '../store/db.ts';
import { putMasterData, replacePriceIndex } from '../store/repositories/master-data.repository.ts';
import { insertOrganisation } from '../store/repositories/organisations.repository.ts';
import type { RoundTarget, Status, User } from '../store/types.ts';
import type { Services } from '../server/services/index.ts';
import {
  DEMO_RISING_PROFILES,
  DEMO_ROUND,
  DEMO_TARGETS,
  DEMO_USERS,
  type DemoProposal,
  type DemoUser,
  demoProposals,
} from './budget-2027.ts';
import {
  EKSEMPELBY,
  EKSEMPELBY_MASTER_DATA,
  EKSEMPELBY_ROUND,
  EKSEMPELBY_TARGETS,
  EKSEMPELBY_USERS,
  eksempelbyProposals,
} from './eksempelby.ts';
import {
  type DemoRealisation,
  FOLLOW_UP_REALISATIONS,
  FOLLOW_UP_ROUND,
  FOLLOW_UP_TARGETS,
  followUpProposals,
} from './follow-up-2025.ts';

/** The path through the workflow to each status. */
const PATH: Record<Status, Status[]> = {
  kladde: [],
  indsendt: ['indsendt'],
  godkendt_cfoe: ['indsendt', 'godkendt_cfoe'],
  udvalgsgodkendt: ['indsendt', 'godkendt_cfoe', 'udvalgsgodkendt'],
  vedtaget: ['indsendt', 'godkendt_cfoe', 'udvalgsgodkendt', 'vedtaget'],
  udmoentet: ['indsendt', 'godkendt_cfoe', 'udvalgsgodkendt', 'vedtaget', 'udmoentet'],
  opfoelgning_afsluttet: [
    'indsendt',
    'godkendt_cfoe',
    'udvalgsgodkendt',
    'vedtaget',
    'udmoentet',
    'opfoelgning_afsluttet',
  ],
  afvist: ['indsendt', 'afvist'],
  trukket_tilbage: ['trukket_tilbage'],
};

const REASONS: Partial<Record<Status, string>> = {
  afvist: 'Effekten er ikke dokumenteret godt nok.',
  trukket_tilbage: 'Forvaltningen genovervejer forslaget.',
  opfoelgning_afsluttet: 'Opfølgningen er afsluttet.',
};

export async function isEmpty(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ users: number; rounds: number }>(
    'SELECT (SELECT count(*) FROM users)::integer AS users, (SELECT count(*) FROM rounds)::integer AS rounds',
  );
  return rows[0]?.users === 0 && rows[0]?.rounds === 0;
}

interface OrganisationDemo {
  organisationId: number;
  users: readonly DemoUser[];
  masterData: MasterDataFile | null;
  round: {
    name: string;
    kind: 'budget' | 'ofs';
    year: number;
    priceLevelYear: number | null;
    deadlines?: { label: string; date: string }[];
  };
  targets: RoundTarget[];
  risingProfiles: { committee: string; title: string; amounts: Record<string, number> }[];
  proposals: DemoProposal[];
  /** An earlier round whose adopted proposals are followed up, with what was entered. */
  followUp?: {
    round: OrganisationDemo['round'];
    targets: RoundTarget[];
    proposals: DemoProposal[];
    realisations: DemoRealisation[];
  };
}

/** Creates a round with its måltal and walks each proposal through the workflow to its status. */
async function seedRound(
  s: Services,
  users: readonly User[],
  round: OrganisationDemo['round'],
  targets: RoundTarget[],
  proposals: DemoProposal[],
): Promise<{ roundId: number; ids: Map<string, number> }> {
  const admin = users.find((u) => u.role === 'admin') as User;
  const finance = users.find((u) => u.role === 'oekonomi') ?? admin;
  const created = await s.proposals.createRound(finance, { ...round });
  await s.proposals.setTargets(finance, created.id, targets);
  const ids = new Map<string, number>();
  for (const item of proposals) {
    const author = authorOf(users, item.proposal.presentingAdministrations[0]) ?? finance;
    let record = await s.proposals.createProposal(author, created.id, item.proposal);
    for (const to of PATH[item.status]) {
      const by = to === 'indsendt' || to === 'trukket_tilbage' ? author : finance;
      record = await s.proposals.transition(by, record.id, {
        to,
        basedOnVersion: record.version,
        approvedWith: to === 'vedtaget' ? item.approvedWith : null,
        note: REASONS[to] ?? null,
      });
    }
    ids.set(item.proposal.ref, record.id);
  }
  return { roundId: created.id, ids };
}

const authorOf = (users: readonly User[], administration: string | undefined): User | undefined =>
  users.find((u) => u.role === 'forfatter' && u.administration === administration);

/** The administration enters its realised figures year by year; the finance centre confirms. */
async function seedRealisations(
  s: Services,
  users: readonly User[],
  ids: ReadonlyMap<string, number>,
  proposals: DemoProposal[],
  realisations: DemoRealisation[],
): Promise<void> {
  const finance = users.find((u) => u.role === 'oekonomi') as User;
  for (const r of realisations) {
    const id = ids.get(r.ref) as number;
    const administration = proposals.find((p) => p.proposal.ref === r.ref)?.proposal
      .presentingAdministrations[0];
    const author = authorOf(users, administration) ?? finance;
    let page = await s.followUp.proposal(author, id);
    for (const y of r.years) {
      page = await s.followUp.saveRealised(author, id, {
        basedOnVersion: page.realisationVersion,
        years: [{ year: y.year, note: y.note, cells: y.cells }],
      });
      if (y.confirmed)
        page = await s.followUp.confirm(finance, id, {
          year: y.year,
          basedOnVersion: page.realisationVersion,
        });
    }
    for (const sc of r.schedules ?? []) await s.followUp.setSchedule(author, id, sc.index, sc);
    for (const m of r.met) await s.followUp.markMet(author, id, m.index, m);
  }
}

async function seedOrganisation(db: Db, s: Services, demo: OrganisationDemo): Promise<void> {
  const org = demo.organisationId;
  const users: User[] = [];
  for (const u of demo.users) users.push(await s.auth.addUser('cli', { ...u, organisationId: org }));
  const admin = users.find((u) => u.role === 'admin') as User;
  const finance = users.find((u) => u.role === 'oekonomi') ?? admin;
  await db.transaction(async (tx) => {
    if (demo.masterData) await putMasterData(tx, org, demo.masterData);
    await replacePriceIndex(
      tx,
      org,
      Object.entries(DEFAULT_PRICE_INDEX.points).map(([year, point]) => ({
        year: Number(year),
        index: String(point),
      })),
    );
  });
  const { roundId } = await seedRound(s, users, demo.round, demo.targets, demo.proposals);
  if (demo.risingProfiles.length > 0)
    await s.proposals.setRisingProfiles(finance, roundId, demo.risingProfiles);
  await s.proposals.setPublished(admin, roundId, true);
  // After the main round, so that keeps its id; its proposals were adopted two years earlier.
  if (demo.followUp) {
    const f = demo.followUp;
    const { ids } = await seedRound(s, users, f.round, f.targets, f.proposals);
    await seedRealisations(s, users, ids, f.proposals, f.realisations);
  }
}

/** Seeds when the database is empty; returns whether it did. */
export async function seedDemo(db: Db, s: Services): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await seedOrganisation(db, s, {
    organisationId: 1,
    users: DEMO_USERS,
    masterData: null,
    round: DEMO_ROUND,
    targets: DEMO_TARGETS,
    risingProfiles: DEMO_RISING_PROFILES,
    proposals: demoProposals(),
    followUp: {
      round: FOLLOW_UP_ROUND,
      targets: FOLLOW_UP_TARGETS,
      proposals: followUpProposals(),
      realisations: FOLLOW_UP_REALISATIONS,
    },
  });
  const eksempelby = await insertOrganisation(db, EKSEMPELBY);
  await seedOrganisation(db, s, {
    organisationId: eksempelby,
    users: EKSEMPELBY_USERS,
    masterData: EKSEMPELBY_MASTER_DATA,
    round: EKSEMPELBY_ROUND,
    targets: EKSEMPELBY_TARGETS,
    risingProfiles: [],
    proposals: eksempelbyProposals(),
  });
  return true;
}
