// Names of committees, administrations and budget areas as the 2021 and 2025 catalogs print them.
// A tiny local lookup: src/core/master-data.ts was not yet committed when these readers were
// written. Names are compared on letters only, so hyphenation ("Om- sorgsudvalget"), missing
// hyphens ("Børne og Ungdomsudvalget") and spacing do not matter.
import type { BudgetArea } from '../../core/model.ts';
import { letterKey } from './tab-table.ts';

const COMMITTEES: [string, string[]][] = [
  ['ØU', ['ØU', 'Økonomiudvalget', 'Koncernservice', 'Koncern IT', 'Københavns Ejendomme', 'Byggeri København']],
  ['KFU', ['KFU', 'Kultur- og Fritidsudvalget']],
  ['BUU', ['BUU', 'Børne- og Ungdomsudvalget']],
  ['SUU', ['SUU', 'SOU', 'Sundheds- og Omsorgsudvalget', 'Sundhedsudvalget']],
  ['SU', ['SU', 'Socialudvalget']],
  ['TMU', ['TMU', 'Teknik- og Miljøudvalget']],
  ['BIU', ['BIU', 'Beskæftigelses- og Integrationsudvalget']],
  ['RU', ['Revisionsudvalget', 'Intern Revision']],
  ['BR', ['Borgerrådgiveren', 'Borgerrådsgiveren']],
];

const ADMINISTRATIONS: [string, string[]][] = [
  ['ØKF', ['ØKF', 'Økonomiforvaltningen']],
  ['KFF', ['KFF', 'Kultur- og Fritidsforvaltningen', 'Kultur- Fritidsforvaltningen']],
  ['BUF', ['BUF', 'Børne- og Ungdomsforvaltningen']],
  ['SUF', ['SUF', 'Sundheds- og Omsorgsforvaltningen']],
  ['SOF', ['SOF', 'Socialforvaltningen']],
  ['TMF', ['TMF', 'Teknik- og Miljøforvaltningen']],
  ['BIF', ['BIF', 'Beskæftigelses- og Integrationsforvaltningen']],
];

function index(entries: [string, string[]][]): Map<string, string> {
  const m = new Map<string, string>();
  for (const [id, names] of entries) for (const n of names) m.set(letterKey(n), id);
  return m;
}

const committeeIndex = index(COMMITTEES);
const administrationIndex = index(ADMINISTRATIONS);

/** Committee id for a printed committee (or Kvantum unit) name, or null when unknown. */
export function committeeId(name: string): string | null {
  return committeeIndex.get(letterKey(name)) ?? null;
}

/** Administration id for a printed name or abbreviation, or null when unknown. */
export function administrationId(name: string): string | null {
  return administrationIndex.get(letterKey(name)) ?? null;
}

/** Administration ids in the order the seven-box grid prints them. */
export const ADMINISTRATION_IDS: readonly string[] = ADMINISTRATIONS.map(([id]) => id);

/**
 * Every administration a free text names, in order of appearance: "Socialforvaltningen og
 * Beskæftigelses- og Integrationsforvaltningen", "Teknik- og Miljøforvaltningen (TMF) og …".
 */
export function administrationsIn(text: string): string[] {
  const found: { id: string; at: number }[] = [];
  const flat = text.replace(/-\s+(?!og\b)(?=[a-zæøå])/g, '');
  for (const [id, names] of ADMINISTRATIONS) {
    let at = -1;
    for (const n of names.slice(1)) {
      const variants = [n, n.replace(/- og /, ' og ')];
      for (const v of variants) {
        const i = flat.toLowerCase().indexOf(v.toLowerCase());
        if (i >= 0 && (at < 0 || i < at)) at = i;
      }
    }
    if (at < 0) {
      const m = new RegExp(`(^|[^A-Za-zÆØÅæøå])${id}([^A-Za-zÆØÅæøå]|$)`).exec(flat);
      if (m) at = m.index;
    }
    if (at >= 0) found.push({ id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

const AREAS: [BudgetArea, RegExp][] = [
  ['service', /^service/],
  ['anlaeg', /^anl(æ|ae)g/],
  ['overfoersler', /^overf(ø|oe)rsler/],
  ['efterspoergselsstyret', /^eftersp(ø|oe)rgselsstyre/],
  ['finansposter', /^finansposter/],
];

/** Budget area (styringsområde) of a printed cell, or null for blank or unknown text. */
export function budgetAreaOf(cell: string): BudgetArea | null {
  const k = letterKey(cell);
  for (const [area, re] of AREAS) if (re.test(k)) return area;
  return null;
}
