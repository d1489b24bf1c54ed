// What changed between two versions of a proposal: every number of the economic table (matched by
// line position and label) and the main text fields. Used to highlight changed numbers.
import type { Proposal } from '../../core/model.ts';

export interface NumberChange {
  line: string;
  year: number;
  before: number | null;
  after: number | null;
}

export interface TextChange {
  field: string;
  before: string;
  after: string;
}

export interface ProposalDiff {
  numbers: NumberChange[];
  texts: TextChange[];
}

function lineKey(label: string, section: string, index: number, seen: Map<string, number>): string {
  const base = `${section}|${label}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  void index;
  return `${base}#${n}`;
}

export function diffProposals(before: Proposal, after: Proposal): ProposalDiff {
  const numbers: NumberChange[] = [];
  const index = (p: Proposal) => {
    const seen = new Map<string, number>();
    const map = new Map<string, { label: string; amounts: Record<string, number> }>();
    (p.economy?.lines ?? []).forEach((l, i) =>
      map.set(lineKey(l.label, l.section, i, seen), { label: l.label, amounts: l.amounts }),
    );
    return map;
  };
  const a = index(before);
  const b = index(after);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const years = new Set([...Object.keys(x?.amounts ?? {}), ...Object.keys(y?.amounts ?? {})]);
    for (const year of [...years].sort()) {
      const v0 = x?.amounts[year];
      const v1 = y?.amounts[year];
      if (v0 !== v1)
        numbers.push({
          line: (y ?? x)?.label ?? key,
          year: Number(year),
          before: v0 ?? null,
          after: v1 ?? null,
        });
    }
  }
  const texts: TextChange[] = [];
  const cmp = (field: string, s0: string | null | undefined, s1: string | null | undefined) => {
    if ((s0 ?? '') !== (s1 ?? '')) texts.push({ field, before: s0 ?? '', after: s1 ?? '' });
  };
  cmp('title', before.title, after.title);
  cmp('summary', before.summary, after.summary);
  cmp('kind', before.kind, after.kind);
  return { numbers, texts };
}
