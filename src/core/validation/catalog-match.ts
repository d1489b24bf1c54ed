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
    k = normaliseText(title.replace(/^\s*[A-ZÆØÅ]{2,4}\s?\d{1,3}\.?\s+/, '').replace(/\(fortrolig\)|\*+/gi, ''));
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
