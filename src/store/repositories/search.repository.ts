// Search across an organisation's proposals (issue 16). A proposal matches when the stemmed full
// text (Danish) matches the query, or when every query word occurs in its text, also as part of a
// longer word: Danish writes compounds as one word, so "ventilation" must find "ventilationsanlæg"
// and "bygning" "skolebygning", which stemming never does.
//
// The part-of-word match goes through the lexicon (migration 202612071500_search_trgm): the
// lexemes of the organisation's proposals that contain the word's stem are found by the trigram
// index ("bygning" → skolebygning, administrationsbygning …), and the proposals holding any of them
// by the full text's GIN index, as one tsquery. A word shorter than three letters has no trigram:
// it counts as a whole word only. A stop word ("og", "af") counts for nothing, as in the full text.
//
// Ranking: full-text matches before part-of-word matches, a match in the title before one only
// in the text, then PostgreSQL's ts_rank. Every query is scoped by organisation.
import type { ProposalKind } from '../../core/model.ts';
import { SEARCH_LIMIT } from '../../core/schema/api.ts';
import { PROPOSAL_KINDS } from '../../core/schema/primitives.ts';
import { STATUSES } from '../../core/process/statuses.ts';
import type { Queryable } from '../db.ts';
import { HIT_START, HIT_STOP, type TextPart, excerpt, highlight } from '../search/highlight.ts';
import { type ExpandedWord, MAX_LEXEMES, MIN_PART_LENGTH, partQuery, queryWords } from '../search/query.ts';
import type { ProposalSummary, Status } from '../types.ts';
import { SUMMARY, type SummaryRow, toSummary } from './proposals.repository.ts';

export interface SearchFilter {
  roundId?: number | null;
  status?: Status | null;
  committee?: string | null;
  kind?: ProposalKind | null;
}

/** How a proposal matched: the stemmed full text, or every word inside some word of the text. */
export type SearchMatch = 'fulltext' | 'part';

export interface SearchHit extends ProposalSummary {
  /** Higher first: 2–3 full-text matches, 1–2 part-of-word matches. */
  rank: number;
  match: SearchMatch;
  /** The title with the matched words (or parts of words) marked. */
  titleParts: TextPart[];
  /** A passage of the text around the hits, marked the same way. */
  snippet: TextPart[];
}

/** Characters of text shown around the first part-of-word hit, and how many of them before it. */
const WINDOW = 260;
const BEFORE = 90;

const HEADLINE = `MaxFragments=1, MaxWords=30, MinWords=12, StartSel="${HIT_START}", StopSel="${HIT_STOP}"`;
const TITLE_HEADLINE = `HighlightAll=true, StartSel="${HIT_START}", StopSel="${HIT_STOP}"`;

interface HitRow extends SummaryRow {
  fts: boolean;
  in_title: boolean;
  ts: number;
  headline: string | null;
  title_headline: string | null;
  passage: string | null;
  cut_start: boolean;
  cut_end: boolean;
}

/**
 * Each word with its stem (the Danish full text's own, or the word where it has none of three
 * letters) and the organisation's lexemes containing that stem. A stop word gets no part and no
 * lexeme; a short word only its own lexeme.
 */
export async function expandWords(q: Queryable, org: number, words: string[]): Promise<ExpandedWord[]> {
  if (words.length === 0) return [];
  const { rows } = await q.query<{ word: string; part: string | null; lexemes: string[] }>(
    `SELECT w.word, s.part,
            CASE WHEN s.stem IS NULL THEN ARRAY[]::text[]
                 WHEN length(w.word) < ${MIN_PART_LENGTH} THEN ARRAY[s.stem]
                 ELSE ARRAY(SELECT l.lexeme FROM search_lexemes l
                             WHERE l.organisation_id = $1
                               AND l.lexeme LIKE '%' || replace(replace(replace(s.part, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                             ORDER BY length(l.lexeme), l.lexeme LIMIT ${MAX_LEXEMES}) END AS lexemes
       FROM unnest($2::text[]) WITH ORDINALITY AS w(word, n)
       CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('danish', w.word)))[1] AS stem) t
       CROSS JOIN LATERAL (
         SELECT t.stem, CASE WHEN t.stem IS NULL THEN NULL
                             WHEN length(t.stem) >= ${MIN_PART_LENGTH} THEN t.stem ELSE w.word END AS part
       ) s
      ORDER BY w.n`,
    [org, words],
  );
  return rows.map((r) => ({ word: r.word, part: r.part, lexemes: r.lexemes }));
}

export async function searchProposals(
  q: Queryable,
  org: number,
  query: string,
  filter: SearchFilter = {},
  limit: number = SEARCH_LIMIT,
): Promise<SearchHit[]> {
  const words = queryWords(query);
  const include = await expandWords(q, org, words.include);
  const part = partQuery(include, await expandWords(q, org, words.exclude));
  // What is marked in the hits: the words as typed and their stems (which the lexemes contain).
  const marks = [...new Set([...words.include, ...include.flatMap((w) => (w.part ? [w.part] : []))])];
  const params: unknown[] = [
    query,
    org,
    filter.roundId ?? null,
    filter.status ?? null,
    filter.committee ?? null,
    filter.kind ?? null,
    limit,
  ];
  const param = (value: unknown) => `$${params.push(value)}`;
  // The full text's query, or it and the part-of-word query: one condition on one GIN index.
  const any = part === null ? 'ftq' : `(ftq || ${param(part)}::tsquery)`;
  const markers = param(HIT_START + HIT_STOP);
  const first = param(include.find((w) => w.part !== null)?.part ?? '');
  const order = 'h.fts DESC, h.in_title DESC, h.ts DESC, h.id';

  const { rows } = await q.query<HitRow>(
    `SELECT s.*, h.fts, h.in_title, h.ts,
            CASE WHEN h.fts THEN ts_headline('danish', translate(b.text, ${markers}, '  '), ftq, ${param(HEADLINE)}) END AS headline,
            CASE WHEN h.fts THEN ts_headline('danish', translate(p.title, ${markers}, '  '), ftq, ${param(TITLE_HEADLINE)}) END AS title_headline,
            CASE WHEN NOT h.fts THEN substr(b.text, w.start, ${WINDOW}) END AS passage,
            w.start > 1 AS cut_start, w.start + ${WINDOW} <= length(b.text) AS cut_end
       FROM (
         SELECT * FROM (
           SELECT p.id, p.search @@ ftq AS fts,
                  to_tsvector('danish', p.title) @@ ${any} AS in_title,
                  ts_rank(p.search, ${any}) AS ts
             FROM proposals p, websearch_to_tsquery('danish', $1) ftq
            WHERE p.organisation_id = $2
              AND ($3::integer IS NULL OR p.round_id = $3)
              AND ($4::text IS NULL OR p.status = $4)
              AND ($5::text IS NULL OR p.committee = $5)
              AND ($6::text IS NULL OR p.kind = $6)
              AND p.search @@ ${any}
         ) h ORDER BY ${order} LIMIT $7
       ) h
       JOIN proposals p ON p.id = h.id
       JOIN (${SUMMARY}) s ON s.id = h.id
       CROSS JOIN websearch_to_tsquery('danish', $1) ftq
       -- The snippet is taken from the text after the ref and title (searchText puts them first),
       -- which the hit shows anyway.
       CROSS JOIN LATERAL (
         SELECT CASE WHEN starts_with(p.search_text, p.ref || E'\\n' || p.title || E'\\n')
                     THEN substr(p.search_text, length(p.ref) + length(p.title) + 3)
                     ELSE p.search_text END AS text
       ) b
       CROSS JOIN LATERAL (
         SELECT greatest(strpos(lower(b.text), ${first}) - ${BEFORE}, 1) AS start
       ) w
      ORDER BY ${order}`,
    params,
  );
  return rows.map((r) => {
    const ts = Number(r.ts);
    const text = r.headline ?? excerpt(r.passage ?? '', r.cut_start, r.cut_end);
    return {
      ...toSummary(r),
      // Monotone in the order above: tier, then title, then ts_rank squeezed into [0, 0.49).
      rank: (r.fts ? 2 : 1) + (r.in_title ? 0.5 : 0) + (0.49 * ts) / (1 + ts),
      match: r.fts ? 'fulltext' : 'part',
      titleParts: highlight(r.title_headline ?? r.title, marks),
      snippet: highlight(text, marks),
    };
  });
}

export interface SearchOptions {
  rounds: { id: number; name: string }[];
  /** Committees, kinds and statuses the organisation's proposals have (nothing else narrows). */
  committees: string[];
  kinds: ProposalKind[];
  statuses: Status[];
}

/** What the search can be narrowed by, from the organisation's own rounds and proposals. */
export async function searchOptions(q: Queryable, org: number): Promise<SearchOptions> {
  const rounds = await q.query<{ id: number; name: string }>(
    'SELECT id, name FROM rounds WHERE organisation_id = $1 ORDER BY year DESC, id DESC',
    [org],
  );
  const { rows } = await q.query<{ committees: string[]; kinds: string[]; statuses: string[] }>(
    `SELECT ARRAY(SELECT DISTINCT committee FROM proposals WHERE organisation_id = $1 AND committee IS NOT NULL) AS committees,
            ARRAY(SELECT DISTINCT kind FROM proposals WHERE organisation_id = $1) AS kinds,
            ARRAY(SELECT DISTINCT status FROM proposals WHERE organisation_id = $1) AS statuses`,
    [org],
  );
  const r = rows[0] ?? { committees: [], kinds: [], statuses: [] };
  const inOrderOf = <T extends string>(known: readonly T[], present: string[]): T[] =>
    known.filter((k) => present.includes(k));
  return {
    rounds: rounds.rows.map((x) => ({ id: x.id, name: x.name })),
    committees: [...r.committees].sort((a, b) => a.localeCompare(b, 'da')),
    kinds: inOrderOf(PROPOSAL_KINDS, r.kinds),
    statuses: inOrderOf(STATUSES, r.statuses),
  };
}
