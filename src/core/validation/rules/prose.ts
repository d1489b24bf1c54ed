// Rule family 7: amounts the prose states for the same quantity as the table. Deliberately
// conservative — a false alarm costs trust — so only two shapes of sentence are read:
//   "effektivisering(en/er) på [i alt] X mio. kr. [årligt] (fra|i) ÅÅÅÅ [og Y mio. kr. (fra|i) ÅÅÅÅ]"
//   "effektivisering … X mio. kr. [årligt] ved fuld (indfasning|implementering|effekt)"
// and compared with the table's saving in that year (or the last column for "fuld"). The printed
// figure is accepted when it equals, at its own number of decimals, either the net permanent
// change (Samlet varig ændring) or the gross savings; a figure stated in another p/l year than
// the table's is not compared. Amounts in årsværk, or per part of the organisation, are not read.
import type { Kroner, Proposal } from '../../model.ts';
import type { Finding, Rule, RuleContext } from '../finding.ts';
import { lineAt, proposalText } from '../proposal-text.ts';
import { finding, get } from '../support.ts';
import { permanentOf, roundToStep } from './catalog.ts';

const AMOUNT = String.raw`(\d{1,3}(?:,\d{1,2})?)\s?mio\.\s?kr\.?`;
const YEAR_PART = String.raw`(?:årligt\s)?(fra|i)\s(20\d\d)`;
const PL_AFTER = /^\s*\(?\s*(20\d\d)\s?(?:p\/l|pl|-priser)/i;

const PAIR = new RegExp(
  String.raw`effektiviser\w*\s(?:på\s)?(?:i\salt\s|samlet\sset\s)?` +
    AMOUNT +
    String.raw`\s` +
    YEAR_PART +
    String.raw`(?:,?\s(?:og|stigende\still)\s` +
    AMOUNT +
    String.raw`\s` +
    YEAR_PART +
    ')?',
  'gi',
);
const FULL = new RegExp(
  String.raw`effektiviser\w*\s(?:på\s)?(?:i\salt\s|samlet\sset\s)?` +
    AMOUNT +
    String.raw`\s(?:årligt\s|varigt\s)?ved\sfuld\s(?:indfasning|implementering|effekt)`,
  'gi',
);

/** "2,5" → { kroner: 2_500_000, step: 100_000 } */
function mio(text: string): { kroner: Kroner; step: number } {
  const [i = '0', f = ''] = text.split(',');
  const step = 10 ** (6 - f.length);
  return { kroner: Number(i) * 1_000_000 + Number(f || '0') * step, step };
}

interface Claim {
  kroner: Kroner;
  step: number;
  printed: string;
  year: number | 'full';
  offset: number;
  end: number;
}

const PAIR_AT = new RegExp(PAIR.source, 'iy');
const FULL_AT = new RegExp(FULL.source, 'iy');

/** The two sentence shapes, tried only where the word "effektiviser…" starts (cheap on long texts). */
function* matchesAt(text: string, re: RegExp): Generator<RegExpExecArray> {
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('effektiviser', from);
    if (at < 0) return;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) yield m;
    from = at + 1;
  }
}

function claims(text: string): Claim[] {
  const out: Claim[] = [];
  for (const m of matchesAt(text, PAIR_AT)) {
    const at = m.index;
    const a = m[1];
    const y = m[3];
    if (a && y) {
      const v = mio(a);
      out.push({ ...v, printed: `${a} mio. kr.`, year: Number(y), offset: at, end: at + m[0].length });
    }
    const b = m[4];
    const z = m[6];
    if (b && z) {
      const v = mio(b);
      out.push({ ...v, printed: `${b} mio. kr.`, year: Number(z), offset: at, end: at + m[0].length });
    }
  }
  for (const m of matchesAt(text, FULL_AT)) {
    const a = m[1];
    if (!a) continue;
    out.push({
      ...mio(a),
      printed: `${a} mio. kr.`,
      year: 'full',
      offset: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function tableValues(
  ctx: RuleContext,
  p: Proposal,
  year: number | 'full',
): { year: number; values: Kroner[] } | null {
  const d = ctx.derived(p);
  if (!d || !p.economy) return null;
  const y = year === 'full' ? (d.fullEffect?.year ?? null) : year;
  if (y === null) return null;
  const net = permanentOf(ctx, p, y);
  const gross = get(d.grossSavings, y);
  const values = [net, gross].filter((v): v is Kroner => v !== undefined).map((v) => -v);
  return values.length > 0 ? { year: y, values } : null;
}

export const proseAmount: Rule = {
  id: 'prose.amount',
  severity: 'warning',
  title: 'Beløb i teksten (effektivisering i et år / ved fuld indfasning) = tabellens',
  check: (ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.doc.proposals) {
      if (!p.economy) continue;
      const t = proposalText(ctx, p);
      const seen = new Set<string>();
      for (const c of claims(t.text)) {
        const pl = PL_AFTER.exec(t.text.slice(c.end, c.end + 20));
        if (pl && Number(pl[1]) !== p.economy.priceLevelYear) continue;
        const table = tableValues(ctx, p, c.year);
        if (!table) continue;
        if (table.values.some((v) => roundToStep(v, c.step) === c.kroner)) continue;
        const key = `${table.year}:${c.kroner}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const expected = table.values[0] ?? 0;
        out.push(
          finding(
            'prose.amount',
            'warning',
            { proposalRef: p.ref, year: table.year, sourceLine: lineAt(t, c.offset) },
            expected,
            c.kroner,
            // The sentences read are in mio. kr.; the message answers in the text's unit.
            { year: table.year, full: c.year === 'full', expected, found: c.kroner, unit: 'mio.kr' },
          ),
        );
      }
    }
    return out;
  },
};

export const proseRules: Rule[] = [proseAmount];
