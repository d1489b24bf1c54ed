// The server names the field a refusal is about by its path in the document
// ("proposal.economy.lines[4].amounts["2026"]"), which is right for programs and wrong for people.
// The web app shows the label the form uses instead ("Økonomitabellen, linje 5, 2026"). Paths it
// does not know keep their path, so nothing is hidden.
import { da } from '../i18n/da.ts';
import { daFollowUp } from '../i18n/da-followup.ts';

type Part = string | number;

function parts(path: string): Part[] | null {
  const out: Part[] = [];
  const re = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3] ?? ''}"`) as string);
    at = re.lastIndex;
  }
  return at === path.length && out.length > 0 ? out : null;
}

const TOP: Record<string, string> = {
  ref: da.editor.ref,
  title: da.editor.titleField,
  kind: da.editor.kind,
  summary: da.proposal.summary,
  presentingAdministrations: da.proposal.presenting,
  affectedAdministrations: da.proposal.affected,
  innovationOrigin: da.proposal.innovation,
  consultations: da.proposal.consultations,
  partners: da.proposal.partners,
  followUp: da.proposal.followUp,
  risk: da.proposal.risk,
  requestedAmount: da.proposal.requestedAmount,
  kvantumTables: da.proposal.kvantum,
  administrationEffect: da.proposal.administrationEffect,
  note: da.editor.changeNote,
};

const ECONOMY: Record<string, string> = {
  priceLevelYear: da.editor.priceLevelYear,
  unit: da.diff.unit,
  years: da.fieldLabels.years,
};

const LINE: Record<string, string> = {
  label: da.editor.label,
  section: da.editor.section,
  budgetArea: da.editor.area,
};

/** The organisation's settings, as the organisation page labels them. */
const SETTINGS: Record<string, string> = {
  discountRate: da.organisation.discountRate,
  horizonYears: da.organisation.horizon,
  paybackGuidelineYears: da.organisation.paybackGuideline,
  followUpTolerancePercent: daFollowUp.settings.percent,
  followUpToleranceKroner: daFollowUp.settings.kroner,
};

/** The label of a document path, or null when the path is not one the forms show. */
export function fieldLabel(path: string): string | null {
  const p = parts(path);
  if (!p) return null;
  if (p[0] === 'settings' && typeof p[1] === 'string' && p.length === 2) return SETTINGS[p[1]] ?? null;
  // The proposal inside a request body or a document.
  if (p[0] === 'proposal') p.shift();
  else if (p[0] === 'proposals' && typeof p[1] === 'number') p.splice(0, 2);
  const [head, a, b, c, d, e] = p;
  if (typeof head !== 'string') return null;
  if (head === 'economy') {
    if (a === 'lines' && typeof b === 'number') {
      const line = da.fieldLabels.line(b + 1);
      if (c === 'amounts' && typeof d === 'string') return `${line}, ${d}`;
      if (c === 'estimate' && (d === 'low' || d === 'high') && typeof e === 'string')
        return `${line}, ${da.editor.estimateRow[d].toLowerCase()}, ${e}`;
      if (typeof c === 'string' && LINE[c]) return `${line}, ${LINE[c].toLowerCase()}`;
      return line;
    }
    if (typeof a === 'string' && ECONOMY[a]) return ECONOMY[a];
    return da.proposal.economy;
  }
  if (head === 'sections' && typeof a === 'number')
    return da.fieldLabels.section(a + 1, b === 'heading' ? da.fieldLabels.heading : da.editor.label);
  const label = TOP[head];
  if (!label) return null;
  return typeof a === 'number' ? da.fieldLabels.row(label, a + 1) : label;
}

/**
 * A refusal's message with its field written as the form's label: the server writes
 * "<path> <what is wrong>." ("proposal.title må højst have 300 tegn.").
 */
export function withFieldLabel(message: string, field: string | null): string {
  if (!field || !message.startsWith(field)) return message;
  const label = fieldLabel(field);
  return label === null ? message : `${label}:${message.slice(field.length)}`;
}
