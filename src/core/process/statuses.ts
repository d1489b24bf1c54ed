// The statuses of a proposal in the budget process, and which of them count where. Every room
// (server, web, exports) asks these sets; nobody lists statuses of their own.
export const STATUSES = [
  'kladde',
  'indsendt',
  'godkendt_cfoe',
  'udvalgsgodkendt',
  'vedtaget',
  'udmoentet',
  'opfoelgning_afsluttet',
  'afvist',
  'trukket_tilbage',
] as const;
export type Status = (typeof STATUSES)[number];

/** Lower-case Danish names, for sentences ("… med status indsendt"). */
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

/** Statuses in which the content may still be edited. */
export const EDITABLE_STATUSES: readonly Status[] = ['kladde', 'indsendt'];

/** Proposals that count in a round's catalog and sums: a rejected or withdrawn one finds no money. */
export const COUNTED_STATUSES: readonly Status[] = STATUSES.filter(
  (s) => s !== 'afvist' && s !== 'trukket_tilbage',
);

/** Statuses the public may see in a published round (a committee has approved the proposal). */
export const PUBLIC_STATUSES: readonly Status[] = [
  'udvalgsgodkendt',
  'vedtaget',
  'udmoentet',
  'opfoelgning_afsluttet',
];

/** Adopted (vedtaget) or later: decided money; followed up; source of later rounds' rising profiles. */
export const ADOPTED_STATUSES: readonly Status[] = ['vedtaget', 'udmoentet', 'opfoelgning_afsluttet'];

export function isStatus(s: string): s is Status {
  return (STATUSES as readonly string[]).includes(s);
}

export const isEditable = (s: Status): boolean => EDITABLE_STATUSES.includes(s);
export const isCounted = (s: Status): boolean => COUNTED_STATUSES.includes(s);
export const isAdopted = (s: Status): boolean => ADOPTED_STATUSES.includes(s);
