// One proposal in the 2026 template, as blocks for the layout: heading, Kort resumé, presenting
// administration, sections 1–6 with Tabel 1 (economy), Tabel 2 (follow-up), the administrative
// annex (innovation checkbox, Tabel 3) and "Hvem er hørt?" (CFØ approval, partners, consultations).
import type { AmountTable, Consultation, Proposal, TextSection } from '../../../core/model.ts';
import { economyTableBlocks, unitLine, valueCells } from './economy-table.ts';
import type { Block } from './layout.ts';
import { administrationName, danishDate } from './names.ts';

export const SECTION_DESCRIPTION = 'Beskrivelse af forslag (fremgangsmåde og effekt)';
export const SECTION_ECONOMY = 'Økonomi';
export const SECTION_IMPLEMENTATION = 'Implementering og opfølgning';
export const CFO_BODY = 'Center for Økonomi, Økonomiforvaltningen';
export const FOLLOW_UP_GROUPS = [
  'Implementering og anvendelse af investeringsmidler',
  'Realisering af effektiviseringer',
];

const FOLLOW_UP_HEADER = [
  'Opfølgningsmål',
  'Hvordan måles opfølgningsmålet?',
  'Hvem er ansvarlig for opfølgning?',
  'Hvornår gennemføres opfølgningen?',
];

/** Page banner of the 2026 file: decision vehicle over the kind. */
export function defaultBanner(p: Proposal): string[] {
  if (p.kind === 'effektivisering') return ['Budget 2026', 'Effektiviseringsforslag'];
  if (p.kind === 'foranalyse') return ['Budget 2026', 'Foranalyse'];
  return ['Overførselssagen 2024-2025', 'Investeringsforslag'];
}

/** "1. Beskrivelse af forslag (fremgangsmåde og effekt)" and "Beskrivelse af forslag" are one heading. */
export function normHeading(h: string): string {
  return h
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function findSection(sections: readonly TextSection[], heading: string): TextSection | undefined {
  return sections.find((s) => normHeading(s.heading) === normHeading(heading));
}

/** Prose with blank lines between paragraphs. */
export function prose(text: string): Block[] {
  const blocks: Block[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    if (para.trim() === '') continue;
    blocks.push({ kind: 'para', text: para.trim() }, { kind: 'blank' });
  }
  return blocks;
}

function numberedSection(n: number, heading: string, section: TextSection | undefined): Block[] {
  return [
    { kind: 'line', text: `${n}. ${heading}`, template: true },
    ...(section ? prose(section.text) : [{ kind: 'blank' } as Block]),
  ];
}

function followUpBlocks(p: Proposal): Block[] {
  const blocks: Block[] = [
    { kind: 'line', text: 'Tabel 2. Opfølgningsmål', template: true },
    { kind: 'blank' },
    { kind: 'tableStart', header: FOLLOW_UP_HEADER },
  ];
  for (const h of FOLLOW_UP_HEADER) blocks.push({ kind: 'line', text: h, template: true });
  blocks.push({ kind: 'blank' });
  let group: string | null = null;
  for (const t of p.followUp) {
    if (t.group !== null && t.group !== group) {
      blocks.push({ kind: 'line', text: t.group, template: true }, { kind: 'blank' });
    }
    group = t.group;
    for (const cell of [t.target, t.measure, t.responsible, t.when]) {
      blocks.push({ kind: 'cell', text: cell, width: 30 }, { kind: 'blank' });
    }
  }
  blocks.push({ kind: 'tableEnd' });
  return blocks;
}

function adminEffectBlocks(table: AmountTable | null): Block[] {
  const blocks: Block[] = [
    { kind: 'line', text: '5. Effektivisering på administration', template: true },
    { kind: 'blank' },
  ];
  if (!table) {
    blocks.push(
      { kind: 'line', text: 'Forslaget indeholder ikke effektivisering på administration', template: true },
      { kind: 'blank' },
    );
    return blocks;
  }
  const header = [unitLine(table), table.years.join(' ')];
  blocks.push(
    { kind: 'line', text: `Tabel 3. ${table.title || 'Varige ændringer, administration'}`, template: true },
    { kind: 'blank' },
    { kind: 'line', text: 'Nettoeffekt på administrative udgifter', template: true },
    { kind: 'blank' },
    { kind: 'line', text: header[0] ?? '', template: true },
    { kind: 'blank' },
    { kind: 'line', text: header[1] ?? '', template: true },
    { kind: 'blank' },
    { kind: 'tableStart', header },
  );
  for (const row of table.rows) {
    blocks.push(
      { kind: 'row', label: row.label, cells: valueCells(row.amounts, table.years, table) },
      { kind: 'blank' },
    );
  }
  blocks.push(
    { kind: 'tableEnd' },
    {
      kind: 'para',
      text: 'Note: Reducerede administrative udgifter angives med negativt (-) fortegn og øgede administrative udgifter angives med positivt fortegn.',
    },
    { kind: 'blank' },
  );
  return blocks;
}

function answerWord(c: Consultation): string {
  return c.answer === 'ja' ? 'Ja' : c.answer === 'nej' ? 'Nej' : '';
}

/** A row of Tabel 4/6: body, Ja/Nej, then the date (or the text). The body column is narrow. */
function consultationRow(c: Consultation): Block {
  const rest = c.date !== null ? danishDate(c.date) : (c.text ?? '');
  return { kind: 'row', label: c.body, cells: [answerWord(c), rest].filter((s) => s !== '') };
}

function hearingBlocks(p: Proposal): Block[] {
  const blocks: Block[] = [{ kind: 'line', text: '6. Hvem er hørt?', template: true }, { kind: 'blank' }];
  let table = 4;
  const cfo = p.consultations.filter((c) => /^center for økonomi/i.test(c.body));
  const others = p.consultations.filter((c) => !/^center for økonomi/i.test(c.body));
  if (cfo.length > 0) {
    blocks.push(
      { kind: 'line', text: `Tabel ${table++}. Godkendelse af Center for Økonomi`, template: true },
      { kind: 'blank' },
      { kind: 'line', text: 'Ja/Nej Dato for godkendelse', template: true },
      { kind: 'blank' },
    );
    for (const c of cfo) blocks.push(consultationRow(c), { kind: 'blank' });
  }
  blocks.push(
    { kind: 'line', text: `Tabel ${table++}. Inddragede samarbejdspartnere`, template: true },
    { kind: 'blank' },
    { kind: 'line', text: 'Relevante samarbejdspartnere i kommunen, der er inddraget', template: true },
    { kind: 'blank' },
  );
  for (const partner of p.partners) blocks.push({ kind: 'para', text: partner }, { kind: 'blank' });
  blocks.push(
    { kind: 'line', text: `Tabel ${table}. Høring og inddragelse af kredse og udvalg`, template: true },
    { kind: 'blank' },
    { kind: 'line', text: 'Ja/Nej Dato for godkendelse og evt. høringssvar', template: true },
    { kind: 'blank' },
  );
  for (const c of others) blocks.push(consultationRow(c), { kind: 'blank' });
  return blocks;
}

function innovationBlocks(value: boolean | null): Block[] {
  return [
    { kind: 'line', text: 'Forslaget udspringer af et innovationsforslag:', template: true },
    { kind: 'line', text: `${value === true ? '☒' : '☐'} Ja` },
    { kind: 'line', text: `${value === false ? '☒' : '☐'} Nej` },
    { kind: 'blank' },
  ];
}

/** Blocks of one proposal. `banner` are the page-banner lines of its pages. */
export function proposalBlocks(p: Proposal, banner: string[]): Block[] {
  const blocks: Block[] = [{ kind: 'pageBreak' }, { kind: 'banner', lines: banner }];
  // The heading is free text (the title): letter spacing may hit it, but it is one line.
  blocks.push({ kind: 'para', text: p.title, lead: `${p.ref} `, keepLead: true }, { kind: 'blank' });
  // The template always has the field, filled in or not.
  blocks.push(
    { kind: 'para', text: p.summary ?? '', lead: 'Kort resumé: ', keepLead: true },
    { kind: 'blank' },
  );
  blocks.push(
    { kind: 'line', text: 'Fremstillende', template: true },
    { kind: 'line', text: 'forvaltning:', template: true },
    { kind: 'blank' },
  );
  for (const a of p.presentingAdministrations) blocks.push({ kind: 'line', text: administrationName(a) });
  blocks.push({ kind: 'blank' });

  const description = findSection(p.sections, SECTION_DESCRIPTION);
  const economyText = findSection(p.sections, SECTION_ECONOMY);
  const implementation = findSection(p.sections, SECTION_IMPLEMENTATION);
  blocks.push(...numberedSection(1, SECTION_DESCRIPTION, description));
  // Other sections have no number in the 2026 template: they print as sub-headings in section 1.
  for (const s of p.sections) {
    if (s === description || s === economyText || s === implementation) continue;
    blocks.push({ kind: 'line', text: s.heading }, ...prose(s.text));
  }
  blocks.push(...numberedSection(2, SECTION_ECONOMY, economyText));
  if (p.economy) blocks.push(...economyTableBlocks(p.economy, p.kind));
  blocks.push(...numberedSection(3, SECTION_IMPLEMENTATION, implementation));
  blocks.push(...followUpBlocks(p));
  blocks.push({ kind: 'line', text: '4. Risikovurdering', template: true });
  if (p.risk) {
    const text = p.risk.level ? `${p.risk.level}. ${p.risk.text}` : p.risk.text;
    blocks.push(...prose(text));
  } else {
    blocks.push({ kind: 'blank' });
  }
  const kindWord = p.kind === 'effektivisering' ? 'effektiviseringsforslag' : 'investeringsforslag';
  blocks.push({ kind: 'line', text: `Administrative bilag til ${kindWord}`, template: true });
  blocks.push(...innovationBlocks(p.innovationOrigin));
  blocks.push(...adminEffectBlocks(p.administrationEffect));
  blocks.push(...hearingBlocks(p));
  return blocks;
}
