// The running text of a proposal, for the rules that read prose (placeholders, amounts in the
// text, consultations): from the source lines of the proposal when the document was imported from
// text, else from the model's text fields (a proposal written in Gevinst). Line wrapping,
// hyphenation and letter-spaced years ("2 0 2 6") from the PDF conversion are undone so patterns
// can match across lines; every position maps back to its source line.
import type { Proposal } from '../model.ts';
import type { RuleContext } from './finding.ts';

export interface ProposalText {
  text: string;
  /** Start offset in `text` of each source segment, ascending, with its line. */
  starts: { offset: number; line: number | null }[];
}

function clean(s: string): string {
  return s
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/\b(\d) (\d) (\d) (\d)\b/g, '$1$2$3$4')
    .replace(/\s+/g, ' ')
    .trim();
}

function build(segments: { text: string; line: number | null }[]): ProposalText {
  let text = '';
  const starts: ProposalText['starts'] = [];
  for (const seg of segments) {
    const c = clean(seg.text);
    if (c === '') continue;
    if (/[a-zæøå]-$/.test(text) && /^[a-zæøå]/.test(c)) {
      text = text.slice(0, -1);
    } else if (text !== '') {
      text += ' ';
    }
    starts.push({ offset: text.length, line: seg.line });
    text += c;
  }
  return { text, starts };
}

/** The source line of a position in the text. */
export function lineAt(t: ProposalText, offset: number): number | null {
  let line: number | null = null;
  for (const s of t.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

// Built once per run and proposal: several rules read the same text.
const memo = new WeakMap<RuleContext, Map<Proposal, ProposalText>>();

/** The proposal's text (source lines, or the model's text fields), memoised per validation run. */
export function proposalText(ctx: RuleContext, p: Proposal): ProposalText {
  let m = memo.get(ctx);
  if (!m) {
    m = new Map();
    memo.set(ctx, m);
  }
  let t = m.get(p);
  if (!t) {
    t = buildText(ctx, p);
    m.set(p, t);
  }
  return t;
}

function buildText(ctx: RuleContext, p: Proposal): ProposalText {
  const src = ctx.options.sourceLines;
  const first = p.sourceLines[0];
  const last = p.sourceLines[p.sourceLines.length - 1];
  if (src && first !== undefined && last !== undefined && last >= first) {
    const segments: { text: string; line: number | null }[] = [];
    for (let n = first; n <= Math.min(last, src.length); n++)
      segments.push({ text: src[n - 1] ?? '', line: n });
    return build(segments);
  }
  const segments: { text: string; line: number | null }[] = [];
  if (p.summary) segments.push({ text: p.summary, line: first ?? null });
  for (const s of p.sections) segments.push({ text: `${s.heading}. ${s.text}`, line: s.sourceLine });
  for (const f of p.followUp)
    segments.push({ text: `${f.target} ${f.measure} ${f.responsible} ${f.when}`, line: f.sourceLine });
  for (const c of p.consultations) segments.push({ text: `${c.body} ${c.text ?? ''}`, line: c.sourceLine });
  if (p.risk) segments.push({ text: p.risk.text, line: p.risk.sourceLine });
  return build(segments);
}
