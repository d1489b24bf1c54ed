// Stamdata: the one master list of committees (udvalg), administrations (forvaltninger, with
// ØKF's Kvantum units) and budget areas (styringsområder), and the lookups that map every printed
// spelling onto one entry. The list is DATA (data/master-data.json); `createMasterData` builds
// lookups over an edited copy, the module-level functions use the shipped one.
//
// Matching is by a normalised key: lower case, HTML tags and */** removed, every character that is
// not a letter dropped (so "Sundheds- og Om-sorgsudvalget", "S o c i a l u d v a l g e t" and
// "Socialudvalget*" all reduce to the same letters), the definite ending of "-udvalget" /
// "-forvaltningen" dropped, and each key tried with and without the word "og" ("Kultur-
// Fritidsforvaltningen"). Abbreviations ("BUU", "SOU") only match as whole words.

import shipped from './data/master-data.json' with { type: 'json' };
import type { BudgetArea } from './model.ts';

export interface Committee {
  id: string;
  name: string;
  abbreviations: string[];
  variants: string[];
}

export interface Administration {
  id: string;
  name: string;
  /** Committee id the administration reports to. */
  committee: string;
  /** The administration a unit belongs to (Koncern IT → ØKF); null for an administration. */
  parent: string | null;
  abbreviations: string[];
  variants: string[];
}

export interface BudgetAreaEntry {
  id: BudgetArea;
  name: string;
  variants: string[];
}

export interface MasterDataFile {
  description?: string;
  committees: Committee[];
  administrations: Administration[];
  budgetAreas: BudgetAreaEntry[];
}

export const DEFAULT_MASTER_DATA: MasterDataFile = shipped as MasterDataFile;

/** Letters only, lower case, without tags and the definite ending. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^a-zæøåäöüé]+/g, '')
    .replace(/(udvalg)et$|(forvaltning)en$|(rådgiver)en$/, '$1$2$3');
}

/** The key with every standalone word "og" removed (from the original text's word boundaries). */
function withoutOg(text: string): string {
  return normalizeName(text.replace(/(^|[^\p{L}])og(?=$|[^\p{L}])/giu, '$1 '));
}

function keysOf(text: string): string[] {
  const a = normalizeName(text);
  const b = withoutOg(text);
  return a === b ? [a] : [a, b];
}

/** A word that is an abbreviation: letters only, compared upper case. */
function abbreviationOf(text: string): string | null {
  const t = text.replace(/<[^>]*>/g, '').replace(/[*\s.:,;()]+/g, '');
  return /^\p{L}{2,6}$/u.test(t) ? t.toUpperCase() : null;
}

export interface MasterData {
  data: MasterDataFile;
  committees: readonly Committee[];
  administrations: readonly Administration[];
  /** Committee by exact id ("BUU"). */
  committee(id: string): Committee | null;
  /** Administration by exact id ("BUF"). */
  administration(id: string): Administration | null;
  /** The committee a printed name or abbreviation denotes; null when none (or the text is prose). */
  findCommittee(text: string): Committee | null;
  /** Every committee named in a text such as "Socialudvalget og Børne og Ungdomsudvalget", in order. */
  findCommittees(text: string): Committee[];
  findAdministration(text: string): Administration | null;
  findAdministrations(text: string): Administration[];
  findBudgetArea(text: string): BudgetArea | null;
  /** The committee of an administration (by id or printed name): BUF → BUU, Koncern IT → ØU. */
  committeeOfAdministration(idOrName: string): Committee | null;
}

interface Entry {
  id: string;
  name: string;
  abbreviations?: string[];
  variants: string[];
}

class Index<E extends Entry> {
  private readonly byKey = new Map<string, E>();
  private readonly byAbbreviation = new Map<string, E>();
  /** Keys longest first, for scanning a text that names several entries. */
  private readonly scanKeys: string[];

  constructor(readonly entries: readonly E[]) {
    for (const e of entries) {
      for (const text of [e.name, ...e.variants]) for (const k of keysOf(text)) if (k) this.byKey.set(k, e);
      for (const a of e.abbreviations ?? []) this.byAbbreviation.set(a.toUpperCase(), e);
    }
    this.scanKeys = [...this.byKey.keys()].filter((k) => k.length >= 6).sort((a, b) => b.length - a.length);
  }

  find(text: string): E | null {
    const abbr = abbreviationOf(text);
    if (abbr !== null) {
      const hit = this.byAbbreviation.get(abbr);
      if (hit) return hit;
    }
    for (const k of keysOf(text)) {
      const hit = this.byKey.get(k);
      if (hit) return hit;
    }
    return null;
  }

  findAll(text: string): E[] {
    const found: Array<{ at: number; entry: E }> = [];
    // Names: scan the squashed text, longest keys first, without overlaps.
    const squashed = normalizeName(text + ' x').slice(0, -1); // keep "-udvalget" endings inside the text
    const taken = new Array<boolean>(squashed.length).fill(false);
    for (const key of this.scanKeys) {
      let from = 0;
      for (;;) {
        const at = squashed.indexOf(key, from);
        if (at < 0) break;
        from = at + 1;
        if (taken.slice(at, at + key.length).some(Boolean)) continue;
        for (let i = at; i < at + key.length; i++) taken[i] = true;
        found.push({ at: at / squashed.length, entry: this.byKey.get(key) as E });
      }
    }
    // Abbreviations: whole words only.
    const words = [...text.matchAll(/\p{L}+/gu)];
    for (const w of words) {
      const hit = this.byAbbreviation.get(w[0]);
      if (hit) found.push({ at: (w.index ?? 0) / Math.max(1, text.length), entry: hit });
    }
    found.sort((a, b) => a.at - b.at);
    const out: E[] = [];
    for (const f of found) if (!out.includes(f.entry)) out.push(f.entry);
    return out;
  }
}

const HEADER_KEY = normalizeName('Styringsområde');

/** True for the column header "Styringsområde" in any of its printed forms ("Sty- rings- om- råde"). */
export function isBudgetAreaHeader(text: string): boolean {
  return normalizeName(text) === HEADER_KEY;
}

/** Builds the lookups over a master-data file (the shipped one or an edited copy). */
export function createMasterData(data: MasterDataFile): MasterData {
  const committees = new Index(data.committees);
  const administrations = new Index(data.administrations);
  const areas = new Index(data.budgetAreas);
  const committeeById = new Map(data.committees.map((c) => [c.id, c]));
  const administrationById = new Map(data.administrations.map((a) => [a.id, a]));
  const findAdministration = (text: string): Administration | null =>
    administrationById.get(text.trim()) ?? administrations.find(text);
  return {
    data,
    committees: data.committees,
    administrations: data.administrations,
    committee: (id) => committeeById.get(id) ?? null,
    administration: (id) => administrationById.get(id) ?? null,
    findCommittee: (text) => committeeById.get(text.trim()) ?? committees.find(text),
    findCommittees: (text) => committees.findAll(text),
    findAdministration,
    findAdministrations: (text) => administrations.findAll(text),
    findBudgetArea: (text) => areas.find(text)?.id ?? null,
    committeeOfAdministration: (idOrName) => {
      const a = findAdministration(idOrName);
      return a ? (committeeById.get(a.committee) ?? null) : null;
    },
  };
}

/** Lookups over the shipped master data. */
export const masterData: MasterData = createMasterData(DEFAULT_MASTER_DATA);

export const findCommittee = (text: string): Committee | null => masterData.findCommittee(text);
export const findCommittees = (text: string): Committee[] => masterData.findCommittees(text);
export const findAdministration = (text: string): Administration | null =>
  masterData.findAdministration(text);
export const findAdministrations = (text: string): Administration[] => masterData.findAdministrations(text);
export const findBudgetArea = (text: string): BudgetArea | null => masterData.findBudgetArea(text);
export const committeeOfAdministration = (idOrName: string): Committee | null =>
  masterData.committeeOfAdministration(idOrName);
