// Names of committees and administrations as the 2026 catalog prints them, mapped to ids.
// A tiny local lookup: the shared master list (src/core/master-data.ts) was not there when this
// reader was written. Matching is on squashed text, so spelling variants and hyphenation fold in.
import { squash } from './letter-spacing.ts';

const COMMITTEES: [RegExp, string][] = [
  [/^beskæftigelses-?ogintegrationsudvalget/, 'BIU'],
  [/^børne-?og-?ungdomsudvalget/, 'BUU'],
  [/^kultur-?ogfritidsudvalget/, 'KFU'],
  [/^socialudvalget/, 'SU'],
  [/^sundheds-?og-?om-?sorgsudvalget|^sundhedsudvalget/, 'SUU'],
  [/^teknik-?ogmiljøudvalget/, 'TMU'],
  [/^økonomiudvalget/, 'ØU'],
];

/** Committee id for a printed committee name, or null when the name is not a committee we know. */
export function committeeId(name: string): string | null {
  const s = squash(name).replace(/\*+$/, '');
  for (const [re, id] of COMMITTEES) if (re.test(s)) return id;
  return null;
}

/** A row title that names a committee (or one of the units listed as their own rows). */
export function isCommitteeName(name: string): boolean {
  const s = squash(name).replace(/\*+$/, '');
  return committeeId(name) !== null || /udvalget$/.test(s) || s === 'borgerrådgivningen';
}

const ADMINISTRATIONS: [RegExp, string][] = [
  [/beskæftigelses-?ogintegrationsforvaltning/, 'BIF'],
  [/børne-?og-?ungdomsforvaltning/, 'BUF'],
  [/kultur-?og-?fritidsforvaltning/, 'KFF'],
  [/socialforvaltning/, 'SOF'],
  [/sundheds-?og-?omsorgsforvaltning/, 'SUF'],
  [/teknik-?og-?miljøforvaltning/, 'TMF'],
  [/økonomiforvaltning/, 'ØKF'],
  [/borgerrådgiver/, 'BR'],
  [/revision/, 'IR'],
];

/** Administration ids named in a text ("Økonomiforvaltningen og Børne- og Ungdomsforvaltningen"). */
export function administrationIds(text: string): string[] {
  const s = squash(text);
  const found: { id: string; at: number }[] = [];
  for (const [re, id] of ADMINISTRATIONS) {
    const m = re.exec(s);
    if (m) found.push({ id, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
