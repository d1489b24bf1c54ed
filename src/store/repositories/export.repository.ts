// Reading a round's current bodies for an export, a page at a time and as JSON text: on PGlite a
// query runs on the server's own thread, so 5,000 bodies in one statement would hold up every
// other request; in pages, health checks and pages are answered in between. The text goes to a
// worker thread unparsed (src/server/workers/tasks.ts).
import type { Queryable } from '../db.ts';
import type { Status } from '../types.ts';

export interface BodyText {
  id: number;
  status: Status;
  committee: string | null;
  approvedWith: string | null;
  body: string;
}

export const BODY_PAGE = 250;

/**
 * Current bodies of the organisation's round's proposals with one of `statuses`, in id order, page
 * by page.
 */
export async function* bodyTexts(
  q: Queryable,
  org: number,
  roundId: number,
  statuses: readonly Status[],
): AsyncGenerator<BodyText[]> {
  let after = 0;
  for (;;) {
    const { rows } = await q.query<{
      id: number;
      status: Status;
      committee: string | null;
      approved_with: string | null;
      body: string;
    }>(
      `SELECT p.id, p.status, p.committee, p.approved_with, v.body::text AS body FROM proposals p
         JOIN proposal_versions v ON v.proposal_id = p.id AND v.is_current
        WHERE p.round_id = $1 AND p.status = ANY($2) AND p.id > $3 AND p.organisation_id = $5
        ORDER BY p.id LIMIT $4`,
      [roundId, statuses, after, BODY_PAGE, org],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      status: r.status,
      committee: r.committee,
      approvedWith: r.approved_with,
      body: r.body,
    }));
    after = rows[rows.length - 1]!.id;
    if (rows.length < BODY_PAGE) return;
  }
}
