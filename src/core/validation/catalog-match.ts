// Which proposal a catalog row summarises. Titles differ between the catalog and the heading, and
// numbering differs between tables ("1" in one table, "BC01" in the proposal), so the match tries,
// in order: the same title (normalised), the same reference, a title that is a prefix of the other.
// A row that matches nothing is left unmatched: no rule compares it with a guess.
import type { CatalogRow, Proposal } from '../model.ts';
import { normaliseText } from './support.ts';

/** "Forslag 2", "forslag  2" and the catalog's bare "2" are one reference; "BC02" stays itself. */
export function normaliseRef(ref: string): string {
  return ref
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^forslag(?=\d)/, '')
    .replace(/^0+(?=\d)/, '');
}

// Titles are normalised many times per run (every row against every proposal).
const keys = new Map<string, string>();

function titleKey(title: string): string {
  let k = keys.get(title);
  if (k === undefined) {
    // A leading internal code ("SU01. Fast lægesparring …") is numbering, not title.
    k = normaliseText(
      title.replace(/^\s*[A-ZÆØÅ]{2,4}\s?\d{1,3}\.?\s+/, '').replace(/\(fortrolig\)|\*+/gi, ''),
    );
    // Bounded: a long-running server validates many documents.
    if (keys.size > 10_000) keys.clear();
    keys.set(title, k);
  }
  return k;
}

/** True when one normalised title is the other, or a prefix of it of a meaningful length. */
export function titlesAgree(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 15 && long.startsWith(short);
}

export function matchCatalogRow(row: CatalogRow, proposals: readonly Proposal[]): Proposal | null {
  if (row.rowType !== 'proposal') return null;
  const key = titleKey(row.title);
  if (key !== '') {
    const same = proposals.filter((p) => titleKey(p.title) === key);
    if (same.length === 1) return same[0] ?? null;
  }
  if (row.proposalRef !== null) {
    const ref = normaliseRef(row.proposalRef);
    const byRef = proposals.filter((p) => normaliseRef(p.ref) === ref);
    if (byRef.length === 1) return byRef[0] ?? null;
  }
  const prefix = proposals.filter((p) => titlesAgree(p.title, row.title));
  return prefix.length === 1 ? (prefix[0] ?? null) : null;
}

interface MatchIndex {
  byTitle: Map<string, Proposal[]>;
  byRef: Map<string, Proposal[]>;
  rows: Map<CatalogRow, Proposal | null>;
}

const indexes = new WeakMap<object, MatchIndex>();

/**
 * matchCatalogRow with the proposals indexed once per validation run (`owner` is the run's
 * context): a catalog of n rows over n proposals is matched in O(n), not O(n²).
 */
export function proposalForRow(
  owner: object,
  row: CatalogRow,
  proposals: readonly Proposal[],
): Proposal | null {
  let ix = indexes.get(owner);
  if (!ix) {
    ix = { byTitle: new Map(), byRef: new Map(), rows: new Map() };
    for (const p of proposals) {
      const t = titleKey(p.title);
      ix.byTitle.set(t, [...(ix.byTitle.get(t) ?? []), p]);
      const r = normaliseRef(p.ref);
      ix.byRef.set(r, [...(ix.byRef.get(r) ?? []), p]);
    }
    indexes.set(owner, ix);
  }
  const known = ix.rows.get(row);
  if (known !== undefined) return known;
  let found: Proposal | null = null;
  if (row.rowType === 'proposal') {
    const key = titleKey(row.title);
    const same = key === '' ? [] : (ix.byTitle.get(key) ?? []);
    const byRef = row.proposalRef === null ? [] : (ix.byRef.get(normaliseRef(row.proposalRef)) ?? []);
    if (same.length === 1) found = same[0] ?? null;
    else if (byRef.length === 1) found = byRef[0] ?? null;
    else {
      const prefix = proposals.filter((p) => titlesAgree(p.title, row.title));
      found = prefix.length === 1 ? (prefix[0] ?? null) : null;
    }
  }
  ix.rows.set(row, found);
  return found;
}
