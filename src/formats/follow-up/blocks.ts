// The follow-up report (`gevinst.followup/1`) as blocks, laid out by the catalog's PDF and DOCX
// writers: a title page, the totals per committee and year, then every proposal with its years
// (planned, realised, deviation, status) and its targets with dates. Figures in 1.000 kr. in the
// proposal's signs, as the proposals' own tables print them; every figure is the report's.
import { formatAmount } from '../../core/amount.ts';
import { danishDay, formatDanishDate } from '../../core/danish-dates.ts';
import { OCCURRENCE_STATE_NAMES, RECURRENCE_NAMES, YEAR_STATUS_NAMES } from '../../core/follow-up/names.ts';
import { STATUS_NAMES } from '../../core/process/statuses.ts';
import type { FollowUpProposal, FollowUpReport } from '../../core/schema/follow-up.ts';
import type { Block, BlockColumn, BlockRow, CatalogMeta } from '../export-view/blocks.ts';
import { danishDate } from '../export-view/blocks.ts';

const UNIT = 't.kr' as const;

/** "-1.895,5", or blank for a blank figure. */
export const amount = (v: number | null): string => (v === null ? '' : formatAmount(v, UNIT));

export const REPORT_TITLE = 'Opfølgning på vedtagne investerings- og effektiviseringsforslag';

export function scopeName(r: FollowUpReport): string {
  return r.scope.kind === 'round' ? r.scope.roundName : 'Alle budgetrunder';
}

export function reportMeta(r: FollowUpReport, created: Date): CatalogMeta {
  return {
    title: REPORT_TITLE,
    subtitle: scopeName(r),
    appendix: null,
    dateLine: danishDate(created),
    publisher: r.organisation.name,
  };
}

const dateText = (iso: string | null): string => (iso === null ? '' : (formatDanishDate(iso) ?? iso));

const right = (n: number, weight = 1): BlockColumn[] =>
  Array.from({ length: n }, () => ({ weight, align: 'right' as const }));

function introBlocks(r: FollowUpReport): Block[] {
  const t = r.thresholds;
  return [
    { kind: 'heading', level: 1, text: 'Oversigt pr. udvalg', toc: true, newPage: true },
    {
      kind: 'paragraph',
      text:
        `Rapporten følger ${r.proposals.length} vedtagne forslag op. Planlagt er den vedtagne versions ` +
        'varige ændring, som Gevinst beregner den; realiseret er, hvad forvaltningerne har indtastet. ' +
        'Besparelser har negativt fortegn, og afvigelse = realiseret − planlagt: positiv afvigelse er mindre ' +
        `sparet end planlagt. Et år er på sporet, når afvigelsen højst er ${t.percent} pct. af det planlagte ` +
        `eller ${formatAmount(t.kroner, UNIT)} (1.000 kr.), hvad der er størst. Opgjort ${dateText(r.today)}.`,
    },
  ];
}

function totalsBlocks(r: FollowUpReport): Block[] {
  if (r.totals.length === 0)
    return [{ kind: 'paragraph', text: 'Ingen vedtagne forslag at følge op på.', note: true }];
  const rows: BlockRow[] = [
    {
      style: 'header',
      cells: [
        'Udvalg',
        'År',
        'Planlagt',
        'Realiseret',
        'Planlagt for de realiserede',
        'Afvigelse',
        'Forslag',
      ],
    },
  ];
  for (const t of r.totals) {
    rows.push({
      style: t.committee === 'I alt' ? 'total' : 'body',
      cells: [
        t.committee,
        String(t.year),
        amount(t.planned),
        amount(t.realised),
        t.realised === null ? '' : amount(t.plannedOfRealised),
        amount(t.deviation),
        `${t.realisedProposals} af ${t.proposals}`,
      ],
    });
  }
  return [
    { kind: 'paragraph', text: '1.000 kr. Varig ændring, forslagenes fortegn.', note: true },
    {
      kind: 'table',
      caption: null,
      columns: [
        { weight: 1.3, align: 'left' },
        { weight: 0.7, align: 'left' },
        ...right(4),
        { weight: 0.9, align: 'right' },
      ],
      rows,
      keep: false,
    },
  ];
}

function yearsBlock(p: FollowUpProposal): Block[] {
  if (p.years.length === 0)
    return [{ kind: 'paragraph', text: 'Forslaget har ingen økonomitabel at følge op på.', note: true }];
  const rows: BlockRow[] = [
    {
      style: 'header',
      cells: [
        'År',
        'Planlagt',
        'Realiseret',
        'Afvigelse',
        'Status',
        'Impl. planlagt',
        'Impl. realiseret',
        'Bekræftet',
      ],
    },
    ...p.years.map((y): BlockRow => ({
      style: 'body',
      cells: [
        String(y.year),
        amount(y.planned),
        amount(y.realised),
        amount(y.deviation),
        YEAR_STATUS_NAMES[y.status],
        amount(y.spending.planned),
        amount(y.spending.realised),
        y.confirmed ? 'Ja' : '',
      ],
    })),
  ];
  if (p.totals.realised !== null)
    rows.push({
      style: 'total',
      cells: [
        'Realiserede år',
        amount(p.totals.planned),
        amount(p.totals.realised),
        amount(p.totals.deviation),
        '',
        '',
        '',
        '',
      ],
    });
  const notes = p.years.filter((y) => y.note !== null).map((y) => `${y.year}: ${y.note ?? ''}`);
  return [
    { kind: 'paragraph', text: 'Tabel 1. Planlagt og realiseret pr. år' },
    { kind: 'paragraph', text: '1.000 kr. Forslagets fortegn: besparelser negative.', note: true },
    {
      kind: 'table',
      caption: null,
      columns: [
        { weight: 1.1, align: 'left' },
        ...right(3),
        { weight: 0.9, align: 'left' },
        ...right(2),
        { weight: 0.8, align: 'left' },
      ],
      rows,
      keep: true,
    },
    ...(notes.length > 0
      ? [{ kind: 'paragraph' as const, text: `Noter. ${notes.join(' ')}`, note: true }]
      : []),
  ];
}

function targetsBlock(p: FollowUpProposal): Block[] {
  if (p.targets.length === 0) return [];
  const rows: BlockRow[] = [
    { style: 'header', cells: ['Opfølgningsmål', 'Ansvarlig', 'Hvornår', 'Frist', 'Status', 'Opfyldt'] },
  ];
  for (const t of p.targets) {
    const met = t.occurrences.filter((o) => o.met !== null);
    const last = met[met.length - 1]?.met ?? null;
    const recurring = t.schedule.recurrence === null ? '' : ` (${RECURRENCE_NAMES[t.schedule.recurrence]})`;
    rows.push({
      style: 'body',
      cells: [
        t.target,
        t.responsible,
        t.when,
        dateText(t.next) + recurring,
        OCCURRENCE_STATE_NAMES[t.state],
        last ? `${dateText(danishDay(last.at))}, ${last.by ?? ''}: ${last.evidence}` : '',
      ],
    });
  }
  return [
    { kind: 'paragraph', text: 'Tabel 2. Opfølgningsmål' },
    {
      kind: 'table',
      caption: null,
      columns: [1.6, 1, 0.9, 1, 0.8, 1.6].map((weight) => ({ weight, align: 'left' as const })),
      rows,
      keep: false,
    },
  ];
}

function proposalBlocks(p: FollowUpProposal): Block[] {
  return [
    { kind: 'heading', level: 2, text: `${p.ref} ${p.title}`.trim(), toc: true, newPage: false },
    {
      kind: 'labelled',
      label: 'Udvalg og forvaltning:',
      text: [p.committee, p.administration].filter(Boolean).join(', ') || '-',
    },
    {
      kind: 'labelled',
      label: 'Status:',
      text: `${STATUS_NAMES[p.status]}${p.approvedWith ? `, godkendt med ${p.approvedWith}` : ''}${p.complete ? '. Opfølgningen er fuldført.' : ''}`,
    },
    ...yearsBlock(p),
    ...targetsBlock(p),
  ];
}

/** The whole report after the title page. */
export function followUpBlocks(r: FollowUpReport): Block[] {
  const blocks: Block[] = [...introBlocks(r), ...totalsBlocks(r)];
  let round: number | null = null;
  for (const p of r.proposals) {
    if (p.roundId !== round) {
      blocks.push({ kind: 'heading', level: 1, text: p.roundName, toc: true, newPage: true });
      round = p.roundId;
    }
    blocks.push(...proposalBlocks(p));
  }
  return blocks;
}
