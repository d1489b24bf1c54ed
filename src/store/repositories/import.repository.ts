// Storing an import's proposals in bulk: one INSERT of many proposals and one of their first
// versions per call, instead of two statements per proposal. The rows come from a worker thread
// (src/server/workers/tasks.ts) with each body already as JSON text, so nothing is parsed or
// serialised again on the server's event loop. The caller holds the import's transaction.
import type { Queryable } from '../db.ts';
import { iso } from './util.ts';

export interface ImportedProposalRow {
  ref: string;
  title: string;
  kind: string;
  administration: string | null;
  committee: string | null;
  searchText: string;
  /** The proposal (src/core/model.ts) as JSON text. */
  body: string;
}

/** The rows as one JSON array text; each body is spliced in as it is (already JSON). */
function asJsonArray(rows: ImportedProposalRow[]): string {
  return `[${rows
    .map(
      (r, i) =>
        `{"seq":${i},"ref":${JSON.stringify(r.ref)},"title":${JSON.stringify(r.title)},"kind":${JSON.stringify(r.kind)},` +
        `"administration":${JSON.stringify(r.administration)},"committee":${JSON.stringify(r.committee)},` +
        `"search_text":${JSON.stringify(r.searchText)},"body":${r.body}}`,
    )
    .join(',')}]`;
}

/**
 * Inserts proposals (version 1, imported, status kladde) of one import into a round, in the round's
 * organisation; returns their ids.
 */
export async function insertImportedProposals(
  q: Queryable,
  p: {
    roundId: number;
    importId: number;
    authorId: number | null;
    note: string;
    rows: ImportedProposalRow[];
  },
): Promise<{ id: number; ref: string; updatedAt: string }[]> {
  if (p.rows.length === 0) return [];
  const input = `jsonb_to_recordset($1::jsonb) AS x(seq int, ref text, title text, kind text, administration text,
                   committee text, search_text text, body jsonb)`;
  const { rows } = await q.query<{ id: number; ref: string; updated_at: Date | string }>(
    `INSERT INTO proposals (organisation_id, round_id, ref, title, kind, administration, committee, current_version,
                            import_id, search_text)
     SELECT (SELECT organisation_id FROM rounds WHERE id = $2), $2, x.ref, x.title, x.kind, x.administration,
            x.committee, 1, $3, x.search_text
       FROM ${input} ORDER BY x.seq
     RETURNING id, ref, updated_at`,
    [asJsonArray(p.rows), p.roundId, p.importId],
  );
  await q.query(
    `INSERT INTO proposal_versions (proposal_id, version, body, author_id, note, is_current, origin)
     SELECT pr.id, 1, x.body, $3, $4, true, 'imported'
       FROM ${input} JOIN proposals pr ON pr.round_id = $2 AND pr.ref = x.ref`,
    [asJsonArray(p.rows), p.roundId, p.authorId, p.note],
  );
  return rows.map((r) => ({ id: r.id, ref: r.ref, updatedAt: iso(r.updated_at) }));
}
