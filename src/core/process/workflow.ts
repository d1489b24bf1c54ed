// The proposal workflow as data: which status may follow which, who may take each step and what
// it requires. The server asks `checkTransition` before it writes; the web asks
// `allowedTransitions` to offer buttons and `TRANSITIONS` for their labels. Nobody else decides.
import { Conflict, Forbidden, InvalidInput } from '../errors.ts';
import { messageText } from '../messages/index.ts';
import { type Member, isFinance, mayWriteProposal } from './roles.ts';
import { STATUS_NAMES, type Status } from './statuses.ts';

/** What a step needs besides the right person. */
export type Requirement =
  /** Center for Økonomi approves only a proposal without error findings. */
  | 'no-error-findings'
  /** Adoption names its vehicle ("Budget 2027", "OFS 26-27"). */
  | 'approved-with'
  /** Rejecting, withdrawing and reopening are explained in the history. */
  | 'reason'
  /** Follow-up is closed when complete, or by the finance centre with a reason. */
  | 'follow-up-complete-or-reason';

export interface TransitionRule {
  from: Status;
  to: Status;
  /** "author": an author of the proposal's own administration (and the finance centre); "finance": only the finance centre. */
  by: 'author' | 'finance';
  /** The Danish button text. */
  action: string;
  requires: readonly Requirement[];
}

const rule = (
  from: Status,
  to: Status,
  by: TransitionRule['by'],
  action: string,
  requires: readonly Requirement[] = [],
): TransitionRule => ({ from, to, by, action, requires });

export const TRANSITIONS: readonly TransitionRule[] = [
  rule('kladde', 'indsendt', 'author', 'Send til Center for Økonomi'),
  rule('kladde', 'trukket_tilbage', 'author', 'Træk tilbage', ['reason']),
  rule('kladde', 'afvist', 'finance', 'Afvis', ['reason']),
  rule('indsendt', 'godkendt_cfoe', 'finance', 'Godkend', ['no-error-findings']),
  rule('indsendt', 'kladde', 'finance', 'Send tilbage til forfatteren'),
  rule('indsendt', 'trukket_tilbage', 'author', 'Træk tilbage', ['reason']),
  rule('indsendt', 'afvist', 'finance', 'Afvis', ['reason']),
  rule('godkendt_cfoe', 'udvalgsgodkendt', 'finance', 'Registrér udvalgets godkendelse'),
  rule('godkendt_cfoe', 'trukket_tilbage', 'author', 'Træk tilbage', ['reason']),
  rule('godkendt_cfoe', 'afvist', 'finance', 'Afvis', ['reason']),
  rule('udvalgsgodkendt', 'vedtaget', 'finance', 'Registrér vedtagelsen', ['approved-with']),
  rule('udvalgsgodkendt', 'afvist', 'finance', 'Afvis', ['reason']),
  rule('vedtaget', 'udmoentet', 'finance', 'Registrér udmøntningen'),
  rule('udmoentet', 'opfoelgning_afsluttet', 'finance', 'Afslut opfølgningen', [
    'follow-up-complete-or-reason',
  ]),
  rule('afvist', 'kladde', 'finance', 'Genåbn', ['reason']),
  rule('trukket_tilbage', 'kladde', 'finance', 'Genåbn', ['reason']),
];

export function transitionRule(from: Status, to: Status): TransitionRule | null {
  return TRANSITIONS.find((t) => t.from === from && t.to === to) ?? null;
}

function mayTake(m: Member, t: TransitionRule, administration: string | null): boolean {
  if (isFinance(m)) return true;
  return t.by === 'author' && mayWriteProposal(m, administration);
}

/** The steps `m` may take from `from` for a proposal of `administration`. */
export function allowedTransitions(m: Member | null, from: Status, administration: string | null): Status[] {
  if (!m) return [];
  return TRANSITIONS.filter((t) => t.from === from && mayTake(m, t, administration)).map((t) => t.to);
}

export interface TransitionFacts {
  approvedWith: string | null;
  /** Error findings of the version being moved. */
  errorFindings: number;
  /** The reason written in the history (note). */
  reason: string | null;
  /** Every planned year realised and every follow-up target met (issue: follow-up). */
  followUpComplete?: boolean;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/** Throws the domain error that explains why `from → to` may not be taken now by `m`. */
export function checkTransition(
  m: Member,
  from: Status,
  to: Status,
  administration: string | null,
  facts: TransitionFacts,
): TransitionRule {
  const t = transitionRule(from, to);
  if (!t) {
    if (to === 'udvalgsgodkendt') {
      throw new Conflict(messageText('workflow.needs-cfoe-first', {}), {
        reason: 'workflow.needs-cfoe-first',
      });
    }
    throw new Conflict(messageText('workflow.not-next', { from: STATUS_NAMES[from], to: STATUS_NAMES[to] }), {
      reason: 'workflow.not-next',
    });
  }
  if (!mayTake(m, t, administration)) {
    if (m.role === 'forfatter' && t.by === 'author') {
      throw new Forbidden(messageText('workflow.author-own-only', {}), {
        reason: 'workflow.author-own-only',
      });
    }
    throw new Forbidden(messageText('workflow.finance-only', { to: STATUS_NAMES[to] }), {
      reason: 'workflow.finance-only',
    });
  }
  for (const r of t.requires) {
    if (r === 'no-error-findings' && facts.errorFindings > 0) {
      throw new Conflict(messageText('workflow.error-findings', { count: facts.errorFindings }), {
        reason: 'workflow.error-findings',
      });
    }
    if (r === 'approved-with' && blank(facts.approvedWith)) {
      throw new InvalidInput(messageText('workflow.approved-with-missing', {}), {
        field: 'approvedWith',
        reason: 'workflow.approved-with-missing',
      });
    }
    if (r === 'reason' && blank(facts.reason)) {
      throw new InvalidInput(messageText('workflow.reason-missing', { to: STATUS_NAMES[to] }), {
        field: 'note',
        reason: 'workflow.reason-missing',
      });
    }
    if (r === 'follow-up-complete-or-reason' && facts.followUpComplete !== true && blank(facts.reason)) {
      throw new InvalidInput(messageText('workflow.follow-up-open', {}), {
        field: 'note',
        reason: 'workflow.follow-up-open',
      });
    }
  }
  return t;
}
