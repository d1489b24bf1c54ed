// Loads the demo round on a database that has never held anything (no users, no rounds). Goes
// through the services, so the demo's versions, transitions and audit log are real ones.
import { DEFAULT_PRICE_INDEX } from '../core/price-level.ts';
import type { Db } from '../store/db.ts';
import { replacePriceIndex } from '../store/repositories/master-data.repository.ts';
import { countUsers } from '../store/repositories/users.repository.ts';
import { listRounds } from '../store/repositories/rounds.repository.ts';
import type { Status, User } from '../store/types.ts';
import type { Services } from '../server/services/index.ts';
import { DEMO_RISING_PROFILES, DEMO_ROUND, DEMO_TARGETS, DEMO_USERS, demoProposals } from './budget-2027.ts';

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

export async function isEmpty(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0 && (await listRounds(db)).length === 0;
}

/** Seeds when the database is empty; returns whether it did. */
export async function seedDemo(db: Db, s: Services): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const users = new Map<string, User>();
  for (const u of DEMO_USERS) users.set(u.email, await s.auth.addUser('cli', { ...u }));
  const admin = users.get('admin@gevinst.demo') as User;
  const cfoe = users.get('cfoe@gevinst.demo') as User;
  await db.transaction((tx) =>
    replacePriceIndex(
      tx,
      Object.entries(DEFAULT_PRICE_INDEX.points).map(([year, point]) => ({
        year: Number(year),
        index: String(point),
      })),
    ),
  );
  const round = await s.proposals.createRound(cfoe, DEMO_ROUND);
  await s.proposals.setTargets(cfoe, round.id, DEMO_TARGETS);
  await s.proposals.setRisingProfiles(cfoe, round.id, DEMO_RISING_PROFILES);
  for (const demo of demoProposals()) {
    const author =
      [...users.values()].find(
        (u) => u.role === 'forfatter' && u.administration === demo.proposal.presentingAdministrations[0],
      ) ?? cfoe;
    let record = await s.proposals.createProposal(author, round.id, demo.proposal);
    for (const to of PATH[demo.status]) {
      const by = to === 'indsendt' ? author : cfoe;
      record = await s.proposals.transition(by, record.id, {
        to,
        basedOnVersion: record.version,
        approvedWith: to === 'vedtaget' ? demo.approvedWith : null,
        note: to === 'afvist' ? 'Effekten er ikke dokumenteret godt nok.' : null,
      });
    }
  }
  await s.proposals.setPublished(admin, round.id, true);
  return true;
}
