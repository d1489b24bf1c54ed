// The catalog as a Word document (npm "docx"): title page, a table of contents field (filled with
// the headings; Word updates the page numbers when it opens the file), the catalog tables and every
// proposal in the 2026 template, "Side N af M" in the footer. Content from the shared blocks.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { GevinstDocument } from '../../core/model.ts';
import {
  type Block,
  type BlockRow,
  type CatalogMeta,
  catalogBlocks,
  catalogMeta,
} from '../export-view/blocks.ts';
import { catalogForExport } from '../export-view/index.ts';
import { reproducibleZip } from '../reproducible.ts';

export interface DocxOptions {
  title?: string;
  subtitle?: string;
  appendix?: string;
  created?: Date;
}

const HEAD_COLOR = '0B3D6B';
const FILL = 'E8EDF2';
const FILL_TOTAL = 'F4F6F8';
const RULE = '9AA5B1';
/** A4 text width in twentieths of a point with 2,2 cm margins. */
const TEXT_WIDTH = 11906 - 2 * 1247;

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

// Table text styles carry size and spacing once, instead of on every cell: a 40-proposal
// catalog has thousands of cells and the per-cell properties dominated the generation time.
const CELL_STYLE: Record<BlockRow['style'], string> = {
  header: 'TabelFed',
  total: 'TabelFed',
  group: 'TabelFed',
  subtotal: 'TabelKursiv',
  body: 'Tabel',
};

function cellParagraph(
  text: string,
  row: BlockRow,
  align: 'left' | 'right' | 'center',
  keepNext = false,
): Paragraph {
  return new Paragraph({
    style: CELL_STYLE[row.style],
    // Word keeps a table together when every row but the last keeps with the next.
    ...(keepNext ? { keepNext: true } : {}),
    ...(align === 'right'
      ? { alignment: AlignmentType.RIGHT }
      : align === 'center'
        ? { alignment: AlignmentType.CENTER }
        : {}),
    text,
  });
}

function tableOf(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.columns.reduce((a, c) => a + c.weight, 0);
  const widths = block.columns.map((c) => Math.round((c.weight / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 2, color: RULE };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: none,
      right: none,
      insideHorizontal: border,
      insideVertical: none,
    },
    rows: block.rows.map((row, ri) => {
      const keep = (block.keep || row.style === 'header') && ri < block.rows.length - 1;
      const fill = row.style === 'header' ? FILL : row.style === 'total' ? FILL_TOTAL : undefined;
      const shading = fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined;
      // A group row's single label spans the whole row.
      const span = row.style === 'group' && row.cells.slice(1).every((c) => !c);
      const cells = span
        ? [
            new TableCell({
              columnSpan: block.columns.length,
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              children: [cellParagraph(row.cells[0] ?? '', row, 'left', keep)],
              ...(shading ? { shading } : {}),
            }),
          ]
        : block.columns.map(
            (c, i) =>
              new TableCell({
                // Widths come from the table grid (fixed layout).
                children: [cellParagraph(row.cells[i] ?? '', row, c.align, keep)],
                ...(shading ? { shading } : {}),
              }),
          );
      return new TableRow({ tableHeader: row.style === 'header', cantSplit: true, children: cells });
    }),
  });
}

function render(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [k, b] of blocks.entries()) {
    // A caption keeps with the table under it.
    const beforeTable =
      blocks[k + 1]?.kind === 'table' ||
      (blocks[k + 1]?.kind === 'paragraph' && blocks[k + 2]?.kind === 'table');
    switch (b.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            text: b.text,
            heading: LEVEL[b.level],
            pageBreakBefore: b.newPage,
            keepNext: true,
          }),
        );
        break;
      case 'paragraph':
        for (const para of b.text.split(/\n\s*\n/)) {
          const t = para.replace(/\s*\n\s*/g, ' ').trim();
          if (t)
            out.push(
              new Paragraph({
                spacing: { after: 100 },
                keepNext: beforeTable,
                children: [new TextRun({ text: t, size: b.note ? 17 : 21, bold: /^Tabel \w+\./.test(t) })],
              }),
            );
        }
        break;
      case 'labelled':
        out.push(
          new Paragraph({
            spacing: { after: 100 },
            children: [
              new TextRun({ text: `${b.label} `, bold: true, size: 21 }),
              new TextRun({ text: b.text, size: 21 }),
            ],
          }),
        );
        break;
      case 'table':
        if (b.caption)
          out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, size: 17 })] }));
        out.push(tableOf(b));
        out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
        break;
    }
  }
  return out;
}

export async function exportDocx(doc: GevinstDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  return docxFromBlocks(
    catalogBlocks(doc, catalogForExport(doc)),
    catalogMeta(doc, options),
    options.created ?? new Date(),
  );
}

/** Any document laid out as the catalogs are (the follow-up report uses it too). */
export async function docxFromBlocks(blocks: Block[], meta: CatalogMeta, created: Date): Promise<Uint8Array> {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            size: 16,
            color: '555555',
            children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  const margins = { top: 1247, bottom: 1247, left: 1247, right: 1247 };
  const titleSection: ISectionOptions = {
    properties: { page: { margin: margins } },
    children: [
      new Paragraph({
        spacing: { before: 1200 },
        children: [new TextRun({ text: meta.publisher, bold: true, size: 26, color: HEAD_COLOR })],
      }),
      ...(meta.appendix
        ? [
            new Paragraph({
              spacing: { before: 1800 },
              children: [new TextRun({ text: meta.appendix, size: 24 })],
            }),
          ]
        : []),
      new Paragraph({
        heading: HeadingLevel.TITLE,
        spacing: { before: meta.appendix ? 200 : 2400 },
        children: [new TextRun({ text: meta.title, bold: true, size: 52, color: HEAD_COLOR })],
      }),
      ...(meta.subtitle
        ? [
            new Paragraph({
              spacing: { before: 200 },
              children: [new TextRun({ text: meta.subtitle, size: 32 })],
            }),
          ]
        : []),
      new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: meta.dateLine, size: 22 })] }),
    ],
  };
  const body: ISectionOptions = {
    properties: { page: { margin: margins } },
    footers: { default: footer },
    children: [
      new Paragraph({
        spacing: { after: 200 },
        children: [new TextRun({ text: 'Indhold', bold: true, size: 30, color: HEAD_COLOR })],
      }),
      new TableOfContents('Indhold', { hyperlink: true, headingStyleRange: '1-2' }),
      ...render(blocks),
    ],
  };
  const file = new Document({
    creator: 'Gevinst',
    title: meta.title,
    description: meta.subtitle ?? meta.title,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Arial', size: 21 } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 30, color: HEAD_COLOR },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 24, color: HEAD_COLOR },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        {
          id: 'Tabel',
          name: 'Tabeltekst',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 16 },
          paragraph: { spacing: { before: 20, after: 20 } },
        },
        {
          id: 'TabelFed',
          name: 'Tabeltekst fed',
          basedOn: 'Tabel',
          quickFormat: true,
          run: { size: 16, bold: true },
        },
        {
          id: 'TabelKursiv',
          name: 'Tabeltekst kursiv',
          basedOn: 'Tabel',
          quickFormat: true,
          run: { size: 16, italics: true },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 21, color: HEAD_COLOR },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      ],
    },
    sections: [titleSection, body],
  });
  const buffer = await Packer.toBuffer(file);
  // Reproducible: the archive and core.xml carry the document's creation time, not the clock's.
  return reproducibleZip(new Uint8Array(buffer), created);
}
