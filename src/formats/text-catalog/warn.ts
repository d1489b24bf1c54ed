// How the readers raise warnings: coded (src/core/messages/import.ts), with their source line and,
// inside a proposal, the proposal's ref. Messages about one proposal take the ref as a parameter
// and print it first ("Forslag 4: …"), so a list of warnings reads without the JSON around it.
import { type MessageCode, type ParamsOf, warning } from '../../core/messages/index.ts';
import type { Warning } from '../../core/model.ts';

/** Codes whose message names the proposal it concerns (their parameters include `ref`). */
export type ProposalCode = {
  [C in MessageCode]: ParamsOf<C> extends { ref: string } ? C : never;
}[MessageCode];

/** Raises a warning about one proposal; the ref is filled in. */
export type Warn = <C extends ProposalCode>(
  code: C,
  params: Omit<ParamsOf<C>, 'ref'>,
  sourceLine: number | null,
) => void;

/** A `Warn` that adds warnings about proposal `ref` to `list`. */
export function proposalWarner(list: Warning[], ref: string): Warn {
  return <C extends ProposalCode>(code: C, params: Omit<ParamsOf<C>, 'ref'>, sourceLine: number | null) =>
    // The parameters without `ref`, and `ref`, are the parameters of C (TypeScript cannot see it
    // through the mapped type of every catalogue code).
    list.push(warning(code, { ...params, ref } as ParamsOf<C>, { sourceLine, proposalRef: ref }));
}
