// The published catalog as a sequence of blocks (headings, paragraphs, tables) in the 2026
// template's order. The PDF and DOCX writers only lay these blocks out, so both documents say the
// same thing, row for row, and the text a PDF extractor gets back reads like the 2026 catalogs.

import type { AmountTable, CatalogRow, CatalogTable, GevinstDocument, Proposal } from '../../core/model.ts';
import {
  administrationName,
  answerText,
  cell,
  consultationTables,
  dateText,
  economyTable,
  KIND_LABEL,
  proposalHeading,
  unitHeading,
} from './index.ts';
import { formatAmount } from '../../core/amount.ts';
import { formatDanishDay } from '../../core/danish-dates.ts';

export type RowStyle = 'header' | 'body' | 'group' | 'subtotal' | 'total';

export interface BlockColumn {
  /** Share of the text width. */
  weight: number;
  align: 'left' | 'right' | 'center';
  /** Default bottom: a wrapped label's values stand on its last line, as in the printed template. */
  valign?: 'top' | 'bottom';
}

export interface BlockRow {
  cells: string[];
  style: RowStyle;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; toc: boolean; newPage: boolean }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'table'; caption: string | null; columns: BlockColumn[]; rows: BlockRow[]; keep: boolean };

export interface CatalogMeta {
  /** "Katalog med investerings- og effektiviseringsforslag" */
  title: string;
  /** "Budget 2026" */
  subtitle: string | null;
  /** "Bilag 9" */
  appendix: string | null;
  /** Date line on the title page, already in Danish ("24. november 2026"). */
  dateLine: string;
  publisher: string;
}

export const danishDate = formatDanishDay;

export function catalogMeta(
  doc: GevinstDocument,
  options: { title?: string; subtitle?: string; appendix?: string; created?: Date; publisher?: string },
): CatalogMeta {
  return {
    title: options.title ?? 'Katalog med investerings- og effektiviseringsforslag',
    subtitle: options.subtitle ?? (doc.priceLevelYear ? `Budget ${doc.priceLevelYear}` : null),
    appendix: options.appendix ?? null,
    dateLine: danishDate(options.created ?? new Date()),
    publisher: options.publisher ?? 'Københavns Kommune',
  };
}

const yearCols = (n: number, weight = 1): BlockColumn[] =>
  Array.from({ length: n }, () => ({ weight, align: 'right' as const }));

function catalogRowCells(row: CatalogRow, table: CatalogTable, withRef: boolean): string[] {
  // A row with effects prints one in every year of its table, 0 where it has none, as the published
  // catalogs do: a row with an empty cell cannot be read back from text, where empty cells vanish.
  // A row without any (a pre-analysis) stays empty.
  const shown = Object.keys(row.amounts).length > 0 ? { ...zeros(table.years), ...row.amounts } : row.amounts;
  const amounts = table.years.map((y) => cell(shown, y, table.unit));
  const first = row.rowType === 'proposal' ? row.title : row.title || row.committee;
  const lead = withRef
    ? [row.rowType === 'proposal' ? (row.proposalRef ?? '').replace(/^Forslag\s+/, '') : '', first]
    : [first];
  const tail = withRef
    ? [
        row.investment === null
          ? row.rowType === 'proposal'
            ? // An en dash, not a hyphen: pdftotext joins a line ending in a hyphen to the next one.
              '–'
            : ''
          : formatAmount(row.investment, table.unit),
        row.approvedWith ?? '',
      ]
    : [];
  return [...lead, ...amounts, ...tail];
}

function zeros(years: readonly number[]): Record<string, number> {
  return Object.fromEntries(years.map((y) => [String(y), 0]));
}

/** The 2026 catalog's own wording: "Effektiviseringer i budget 2026 fordelt på forslag". */
function catalogTitle(table: CatalogTable, perProposal: boolean): string {
  const year = table.priceLevelYear ?? table.years[0] ?? null;
  const budget = year === null ? '' : ` i budget ${year}`;
  return `Effektiviseringer${budget} fordelt på ${perProposal ? 'forslag' : 'forvaltninger'}`;
}

/**
 * Catalog table (Tabel 1 per committee, Tabel 2 per proposal with groups). The header rows follow
 * the 2026 catalog ("Effektiviseringsbidrag i … Samlet investering Godkendt med" over "Udvalg
 * 2026 …"), each on one line, so the text a PDF extractor gets reads like the published catalogs.
 */
export function catalogTableBlocks(table: CatalogTable): Block[] {
  const perProposal = table.rows.some((r) => r.rowType === 'proposal');
  const n = table.years.length;
  const columns: BlockColumn[] = perProposal
    ? [
        { weight: 0.45, align: 'left', valign: 'top' },
        { weight: 3.3, align: 'left' },
        ...yearCols(n),
        { weight: 1.85, align: 'right' },
        { weight: 1.45, align: 'left' },
      ]
    : [{ weight: 5, align: 'left' }, ...yearCols(n)];
  const header: BlockRow[] = perProposal
    ? [
        {
          style: 'header',
          cells: [
            '',
            'Effektiviseringsbidrag i',
            ...table.years.map(() => ''),
            'Samlet investering',
            'Godkendt med',
          ],
        },
        { style: 'header', cells: ['', 'Udvalg', ...table.years.map(String), '', ''] },
      ]
    : [{ style: 'header', cells: ['Udvalg', ...table.years.map(String)] }];
  const rows: BlockRow[] = [...header];
  let group: string | null | undefined;
  for (const r of table.rows) {
    if (perProposal && r.rowType === 'proposal' && r.group && r.group !== group) {
      rows.push({ style: 'group', cells: ['', r.group] });
    }
    if (r.rowType === 'committee') group = undefined;
    else group = r.group;
    rows.push({
      style: r.rowType === 'proposal' ? 'body' : 'total',
      cells: catalogRowCells(r, table, perProposal),
    });
  }
  return [
    // Not in the table of contents: the overview heading above stands for both tables.
    {
      kind: 'heading',
      level: 2,
      text: `${table.name}. ${catalogTitle(table, perProposal)}`,
      toc: false,
      newPage: false,
    },
    { kind: 'paragraph', text: unitHeading(table.unit, table.priceLevelYear), note: true },
    { kind: 'table', caption: null, columns, rows, keep: false },
  ];
}

function amountTableBlock(t: AmountTable, firstHeader: string): Block {
  const columns: BlockColumn[] = [
    { weight: 4, align: 'left' },
    ...(t.rows.some((r) => r.committee) ? [{ weight: 1.2, align: 'left' as const }] : []),
    ...yearCols(t.years.length),
  ];
  const withCommittee = columns.length > t.years.length + 1;
  const rows: BlockRow[] = [
    { style: 'header', cells: [firstHeader, ...(withCommittee ? ['Udvalg'] : []), ...t.years.map(String)] },
    ...t.rows.map((r): BlockRow => ({
      style: r.isTotal ? 'total' : 'body',
      cells: [
        r.label,
        ...(withCommittee ? [r.committee ?? ''] : []),
        ...t.years.map((y) => cell(r.amounts, y, t.unit)),
      ],
    })),
  ];
  return { kind: 'table', caption: unitHeading(t.unit, t.priceLevelYear), columns, rows, keep: true };
}

function economyBlocks(p: Proposal): Block[] {
  const view = economyTable(p);
  if (!view) {
    if (p.requestedAmount !== null)
      return [{ kind: 'paragraph', text: `Der søges om i alt ${formatAmount(p.requestedAmount, 'kr')} kr.` }];
    return [{ kind: 'paragraph', text: 'Forslaget har ingen økonomitabel.', note: true }];
  }
  const rows: BlockRow[] = [{ style: 'header', cells: ['', 'Styringsområde', ...view.years.map(String)] }];
  for (const r of view.rows) {
    const style: RowStyle =
      r.kind === 'group'
        ? 'group'
        : r.kind === 'line'
          ? 'body'
          : r.kind === 'subtotal'
            ? 'subtotal'
            : r.kind === 'payback'
              ? 'body'
              : 'total';
    const values =
      r.kind === 'payback'
        ? view.years.map((_, i) => (i === 0 ? (r.text ?? '') : ''))
        : r.kind === 'group'
          ? view.years.map(() => '')
          : view.years.map((y) => cell(r.amounts, y, view.unit));
    rows.push({ style, cells: [r.label, r.area, ...values] });
  }
  const longArea = view.rows.some((r) => r.area.length > 14);
  const blocks: Block[] = [
    // The area column is widened when "Efterspørgselsstyret indsats" must fit on one line.
    {
      kind: 'table',
      caption: null,
      columns: [
        { weight: longArea ? 3.5 : 4.2, align: 'left' },
        { weight: longArea ? 2.9 : 1.9, align: 'left' },
        ...yearCols(view.years.length),
      ],
      rows,
      keep: true,
    },
  ];
  blocks.unshift(
    { kind: 'paragraph', text: 'Tabel 1. Forslagets samlede økonomiske konsekvenser' },
    { kind: 'paragraph', text: view.unitLabel, note: true },
  );
  const notes = ['Alle effektiviseringer er angivet med negativt fortegn (-).'];
  // Named in a note rather than marked in the row, so the label stays exactly as written.
  const outside = view.rows.filter((r) => r.outsideTotals).map((r) => `"${r.label}"`);
  if (outside.length) notes.unshift(`${outside.join(', ')} indgår ikke i forslagets totaler.`);
  blocks.push({ kind: 'paragraph', text: notes.join(' '), note: true });
  return blocks;
}

const SECTION_HEADINGS = {
  description: '1. Beskrivelse af forslag (fremgangsmåde og effekt)',
  economy: '2. Økonomi',
  implementation: '3. Implementering og opfølgning',
  risk: '4. Risikovurdering',
  administration: '5. Effektivisering på administration',
  consulted: '6. Hvem er hørt?',
  kvantum: '7. Tekniske tabeller til korrektioner i Kvantum',
};

function sectionText(p: Proposal, pattern: RegExp): string[] {
  return p.sections.filter((s) => pattern.test(s.heading)).map((s) => s.text);
}

/**
 * An imported "2. Økonomi" section may carry the economic table as the source printed it (text
 * lines under "Tabel 1. Forslagets samlede økonomiske konsekvenser"). The generated document prints
 * that table from the engine right below, so the printed copy is cut off here.
 */
export function withoutPrintedTable(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^tabel\d+\.?forslagetssamlede/i.test(l.replace(/\s+/g, '')));
  return at < 0 ? text : lines.slice(0, at).join('\n').trimEnd();
}

/** Every proposal in the 2026 template, with all its sections and tables. */
export function proposalBlocks(p: Proposal): Block[] {
  const b: Block[] = [{ kind: 'heading', level: 1, text: proposalHeading(p), toc: true, newPage: true }];
  // The template always has the field, even when it is empty (readers find a proposal by it).
  b.push({ kind: 'labelled', label: 'Kort resumé:', text: p.summary ?? '' });
  b.push({
    kind: 'labelled',
    label: 'Fremstillende forvaltning:',
    text: p.presentingAdministrations.map(administrationName).join(', ') || '-',
  });
  const affected = p.affectedAdministrations
    .filter((a) => a.checked)
    .map((a) => administrationName(a.administration));
  if (affected.length)
    b.push({ kind: 'labelled', label: 'Berørte forvaltninger:', text: affected.join(', ') });

  // Imported sections: those with a place in the template go there; those that are the printed
  // form of a part rendered from data (administration effect, consultations, Kvantum tables, the
  // economic table, the annex heading) are left out when that data exists; the rest (2021's
  // "Baggrund og formål", "Forslagets effekt" …) follow the description under their own heading.
  const placed = /beskrivelse|økonomi|implementering|opfølgning|risiko|fordeling på udvalg/i;
  const rendered: [RegExp, boolean][] = [
    [/effektivisering på administration/i, p.administrationEffect !== null],
    [/hvem er hørt/i, p.consultations.length > 0],
    [/tekniske tabeller|teknisk bilag/i, p.kvantumTables.length > 0],
    [/forslagets samlede økonomiske konsekvenser|^administrative bilag|bilagsoversigt/i, true],
  ];
  const leftOut = (heading: string) => rendered.some(([re, has]) => has && re.test(heading));
  const unplacedAnnex = (re: RegExp) =>
    p.sections.filter((x) => re.test(x.heading) && !leftOut(x.heading)).map((x) => x.text);
  const annexPatterns = rendered.map(([re]) => re);
  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.description, toc: false, newPage: false });
  for (const t of sectionText(p, /beskrivelse/i)) b.push({ kind: 'paragraph', text: t });
  for (const s of p.sections.filter(
    (x) => !placed.test(x.heading) && !annexPatterns.some((re) => re.test(x.heading)),
  )) {
    b.push(
      { kind: 'heading', level: 3, text: s.heading, toc: false, newPage: false },
      { kind: 'paragraph', text: s.text },
    );
  }
  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.economy, toc: false, newPage: false });
  for (const t of sectionText(p, /^(2\.\s*)?økonomi$/i))
    b.push({ kind: 'paragraph', text: withoutPrintedTable(t) });
  b.push(...economyBlocks(p));
  for (const s of p.sections.filter((x) => /fordeling på udvalg/i.test(x.heading))) {
    b.push(
      { kind: 'heading', level: 3, text: s.heading, toc: false, newPage: false },
      { kind: 'paragraph', text: s.text },
    );
  }

  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.implementation, toc: false, newPage: false });
  for (const t of sectionText(p, /implementering|opfølgning/i)) b.push({ kind: 'paragraph', text: t });
  if (p.followUp.length) {
    const rows: BlockRow[] = [
      {
        style: 'header',
        cells: [
          'Opfølgningsmål',
          'Hvordan måles opfølgningsmålet?',
          'Hvem er ansvarlig for opfølgning?',
          'Hvornår gennemføres opfølgningen?',
        ],
      },
    ];
    let group: string | null = null;
    for (const t of p.followUp) {
      if (t.group && t.group !== group) rows.push({ style: 'group', cells: [t.group] });
      group = t.group;
      rows.push({ style: 'body', cells: [t.target, t.measure, t.responsible, t.when] });
    }
    b.push({ kind: 'paragraph', text: 'Tabel 2. Opfølgningsmål' });
    b.push({
      kind: 'table',
      caption: null,
      columns: [1.3, 1.3, 1, 1].map((w) => ({ weight: w, align: 'left' as const })),
      rows,
      keep: false,
    });
  }

  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.risk, toc: false, newPage: false });
  const risk = p.risk
    ? [p.risk.level ? `${p.risk.level}.` : '', p.risk.text].filter(Boolean).join(' ')
    : sectionText(p, /risiko/i).join('\n\n');
  b.push({ kind: 'paragraph', text: risk || 'Ikke angivet.' });

  b.push({
    kind: 'heading',
    level: 2,
    text: `Administrative bilag til ${p.kind === 'effektivisering' ? 'effektiviseringsforslag' : 'investeringsforslag'}`,
    toc: false,
    newPage: false,
  });
  if (p.innovationOrigin !== null)
    b.push({
      kind: 'labelled',
      label: 'Forslaget udspringer af et innovationsforslag:',
      text: p.innovationOrigin ? 'Ja' : 'Nej',
    });

  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.administration, toc: false, newPage: false });
  if (p.administrationEffect) {
    b.push({ kind: 'paragraph', text: 'Tabel 3. Varige ændringer, administration' });
    b.push(amountTableBlock(p.administrationEffect, 'Nettoeffekt på administrative udgifter'));
    b.push({
      kind: 'paragraph',
      text: 'Note: Reducerede administrative udgifter angives med negativt (-) fortegn og øgede administrative udgifter angives med positivt fortegn.',
      note: true,
    });
  } else {
    const text = unplacedAnnex(/effektivisering på administration/i);
    b.push({
      kind: 'paragraph',
      text: text.length ? text.join('\n\n') : 'Forslaget indeholder ikke effektivisering på administration.',
    });
  }

  b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.consulted, toc: false, newPage: false });
  for (const t of unplacedAnnex(/hvem er hørt/i)) b.push({ kind: 'paragraph', text: t });
  const { cfo, bodies } = consultationTables(p);
  b.push({ kind: 'paragraph', text: 'Tabel 4. Godkendelse af Center for Økonomi' });
  b.push({
    kind: 'table',
    caption: null,
    columns: [
      { weight: 2.2, align: 'left' },
      { weight: 0.8, align: 'left' },
      { weight: 2, align: 'left' },
    ],
    rows: [
      { style: 'header', cells: ['', 'Ja/Nej', 'Dato for godkendelse'] },
      ...(cfo.length
        ? cfo
        : [
            {
              body: 'Center for Økonomi, Økonomiforvaltningen',
              answer: null,
              date: null,
              text: null,
              sourceLine: null,
            },
          ]
      ).map((c): BlockRow => ({
        style: 'body',
        cells: [c.body, answerText(c.answer), dateText(c.date, c.text)],
      })),
    ],
    keep: true,
  });
  b.push({ kind: 'paragraph', text: 'Tabel 5. Inddragede samarbejdspartnere' });
  b.push({
    kind: 'table',
    caption: null,
    columns: [{ weight: 1, align: 'left' }],
    rows: [
      { style: 'header', cells: ['Relevante samarbejdspartnere i kommunen, der er inddraget'] },
      ...(p.partners.length ? p.partners : ['Ingen']).map((x): BlockRow => ({ style: 'body', cells: [x] })),
    ],
    keep: true,
  });
  if (bodies.length) {
    b.push({ kind: 'paragraph', text: 'Tabel 6. Høring og inddragelse af kredse og udvalg' });
    b.push({
      kind: 'table',
      caption: null,
      columns: [
        { weight: 1.6, align: 'left' },
        { weight: 0.8, align: 'left' },
        { weight: 2.6, align: 'left' },
      ],
      rows: [
        { style: 'header', cells: ['', 'Ja/Nej', 'Dato for godkendelse og evt. høringssvar'] },
        ...bodies.map((c): BlockRow => ({
          style: 'body',
          cells: [c.body, answerText(c.answer), dateText(c.date, c.text)],
        })),
      ],
      keep: true,
    });
  }

  const kvantum = p.kvantumTables.filter((t) => /^[A-E]$/.test(t.id));
  const kvantumText = unplacedAnnex(/tekniske tabeller|teknisk bilag/i);
  if (kvantum.length || kvantumText.length) {
    b.push({ kind: 'heading', level: 2, text: SECTION_HEADINGS.kvantum, toc: false, newPage: false });
    for (const t of kvantum) {
      b.push({ kind: 'paragraph', text: `Tabel ${t.id}. ${t.title}` });
      b.push(amountTableBlock(t, 'Række'));
    }
    for (const t of kvantumText) b.push({ kind: 'paragraph', text: t });
  }
  return b;
}

/** The whole catalog after the title page: introduction, catalog tables, every proposal. */
export function catalogBlocks(
  doc: GevinstDocument,
  catalog: { tables: CatalogTable[]; note: string | null },
): Block[] {
  const blocks: Block[] = [];
  if (catalog.tables.length || catalog.note) {
    blocks.push({ kind: 'heading', level: 1, text: 'Oversigt over forslagene', toc: true, newPage: true });
    blocks.push({
      kind: 'paragraph',
      text: `Kataloget samler ${doc.proposals.length} forslag. Effektiviseringer vises i oversigterne med positivt fortegn; i forslagenes egne tabeller med negativt fortegn.`,
    });
    if (catalog.note) blocks.push({ kind: 'paragraph', text: catalog.note, note: true });
    for (const t of catalog.tables) blocks.push(...catalogTableBlocks(t));
  }
  for (const p of doc.proposals) blocks.push(...proposalBlocks(p));
  return blocks;
}

export { KIND_LABEL };
