// Local backup of unsaved editor work, so a closed tab, a crash or a 409 never loses typing.
// Keyed by proposal (or by round for a new proposal); removed after a successful save.
import type { EditorLine } from './editor-model.ts';
import type { Proposal } from '../../core/model.ts';

export interface Draft {
  basedOnVersion: number | null;
  proposal: Proposal;
  years: number[];
  lines: EditorLine[];
  priceLevelYear: number | null;
  savedAt: string;
}

export function draftKey(proposalId: number | null, roundId: number | null): string {
  return proposalId !== null ? `gevinst.draft.proposal.${proposalId}` : `gevinst.draft.new.${roundId ?? 0}`;
}

export function loadDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function storeDraft(key: string, draft: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Quota or private mode: the page still works, the user just has no local backup.
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}
