// The proposal workflow as data: which status may follow which, and who may move it. The rules
// that need the proposal's content (no CFØ approval with error findings, "Godkendt med" required)
// are checked in proposals.service.ts, which has the findings.
import { Conflict, Forbidden, InvalidInput } from '../../core/errors.ts';
import { STATUSES, type Status, type User } from '../../store/types.ts';

export const STATUS_NAMES: Record<Status, string> = {
  kladde: 'kladde',
  indsendt: 'indsendt',
  godkendt_cfoe: 'godkendt af Center for Økonomi',
  udvalgsgodkendt: 'udvalgsgodkendt',
  vedtaget: 'vedtaget',
  udmoentet: 'udmøntet',
  opfoelgning_afsluttet: 'opfølgning afsluttet',
  afvist: 'afvist',
  trukket_tilbage: 'trukket tilbage',
};

const NEXT: Record<Status, readonly Status[]> = {
  kladde: ['indsendt', 'afvist', 'trukket_tilbage'],
  indsendt: ['godkendt_cfoe', 'kladde', 'afvist', 'trukket_tilbage'],
  godkendt_cfoe: ['udvalgsgodkendt', 'afvist', 'trukket_tilbage'],
  udvalgsgodkendt: ['vedtaget', 'afvist'],
  vedtaget: ['udmoentet'],
  udmoentet: ['opfoelgning_afsluttet'],
  opfoelgning_afsluttet: [],
  afvist: [],
  trukket_tilbage: [],
};

/** Moves an author of the proposal's own administration may make; everything else is finance. */
const AUTHOR_MOVES: ReadonlySet<Status> = new Set(['indsendt', 'trukket_tilbage']);

/** Statuses in which the content may still be edited. */
export const EDITABLE: ReadonlySet<Status> = new Set(['kladde', 'indsendt']);

/** Statuses the public may see in a published round. */
export const PUBLIC_STATUSES: readonly Status[] = [
  'udvalgsgodkendt',
  'vedtaget',
  'udmoentet',
  'opfoelgning_afsluttet',
];

/** Proposals that count in a round's catalog: a rejected or withdrawn proposal finds no money. */
export const COUNTED_STATUSES: readonly Status[] = STATUSES.filter(
  (s) => s !== 'afvist' && s !== 'trukket_tilbage',
);

function mayMove(user: User, administration: string | null, to: Status): boolean {
  if (user.role === 'admin' || user.role === 'oekonomi') return true;
  if (user.role === 'forfatter')
    return AUTHOR_MOVES.has(to) && administration !== null && administration === user.administration;
  return false;
}

export function allowedTransitions(user: User | null, from: Status, administration: string | null): Status[] {
  if (!user) return [];
  return NEXT[from].filter((to) => mayMove(user, administration, to));
}

/** Throws the domain error that explains why `from → to` is not allowed for `user`. */
export function checkTransition(
  user: User,
  from: Status,
  to: Status,
  administration: string | null,
  details: { approvedWith: string | null; errorFindings: number },
): void {
  if (!NEXT[from].includes(to)) {
    if (to === 'udvalgsgodkendt') {
      throw new Conflict('Forslaget kan først udvalgsgodkendes, når Center for Økonomi har godkendt det.');
    }
    throw new Conflict(
      `Et forslag med status "${STATUS_NAMES[from]}" kan ikke gå til "${STATUS_NAMES[to]}".`,
    );
  }
  if (!mayMove(user, administration, to)) {
    throw new Forbidden(
      user.role === 'forfatter' && AUTHOR_MOVES.has(to)
        ? 'Du kan kun sende forslag fra din egen forvaltning videre.'
        : `Kun Center for Økonomi kan sætte et forslag til "${STATUS_NAMES[to]}".`,
    );
  }
  if (to === 'godkendt_cfoe' && details.errorFindings > 0) {
    throw new Conflict(
      `Forslaget kan ikke godkendes af Center for Økonomi, så længe valideringen har ${details.errorFindings} fejl. Ret fejlene først.`,
    );
  }
  if (to === 'vedtaget' && (details.approvedWith === null || details.approvedWith.trim() === '')) {
    throw new InvalidInput('Angiv, hvad forslaget er godkendt med (fx "Budget 2027" eller "OFS 26-27").', {
      field: 'approvedWith',
    });
  }
}
