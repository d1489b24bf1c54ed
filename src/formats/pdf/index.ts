// The catalog as PDF (pdfkit, standard fonts only): title page, table of contents with page
// numbers, the catalog tables, every proposal in the 2026 template; page numbers in the footer and
// PDF bookmarks. The content comes from the shared blocks (export-view/blocks.ts); the figures
// from the engine.

import PDFDocument from 'pdfkit';
import type { GevinstDocument } from '../../core/model.ts';
import { type Block, type CatalogMeta, catalogBlocks, catalogMeta } from '../export-view/blocks.ts';
import { catalogForExport } from '../export-view/index.ts';
import {
  bottom,
  COLOR_HEAD,
  COLOR_RULE,
  COLOR_TEXT,
  contentWidth,
  ensureSpace,
  FONT,
  FONT_BOLD,
  heading,
  labelled,
  MARGIN,
  paragraph,
  pdfSafe,
  table,
  tableHeight,
  type Pdf,
} from './layout.ts';

export interface PdfOptions {
  title?: string;
  subtitle?: string;
  appendix?: string;
  /** Fixed creation time, for reproducible files. */
  created?: Date;
}

const TOC_LINE = 16;

function tocEntries(blocks: Block[]): number {
  return blocks.filter((b) => b.kind === 'heading' && b.toc).length;
}

function titlePage(pdf: Pdf, meta: CatalogMeta): void {
  const x = pdf.page.margins.left;
  const w = contentWidth(pdf);
  pdf.rect(0, 0, pdf.page.width, 18).fill(COLOR_HEAD);
  pdf.fillColor(COLOR_HEAD).font(FONT_BOLD).fontSize(13).text(pdfSafe(meta.publisher), x, 90, { width: w });
  if (meta.appendix)
    pdf.fillColor(COLOR_TEXT).font(FONT).fontSize(12).text(pdfSafe(meta.appendix), x, 200, { width: w });
  pdf
    .fillColor(COLOR_HEAD)
    .font(FONT_BOLD)
    .fontSize(26)
    .text(pdfSafe(meta.title), x, 230, { width: w, lineGap: 4 });
  if (meta.subtitle)
    pdf
      .moveDown(0.6)
      .fillColor(COLOR_TEXT)
      .font(FONT)
      .fontSize(16)
      .text(pdfSafe(meta.subtitle), { width: w });
  pdf
    .moveTo(x, pdf.y + 18)
    .lineTo(x + w, pdf.y + 18)
    .lineWidth(1)
    .strokeColor(COLOR_RULE)
    .stroke();
  pdf
    .fillColor(COLOR_TEXT)
    .font(FONT)
    .fontSize(11)
    .text(pdfSafe(meta.dateLine), x, pdf.y + 30, { width: w });
  pdf
    .fontSize(9)
    .fillColor('#555555')
    .text('Dannet af Gevinst fra forslagenes strukturerede data.', x, pdf.page.height - 110, { width: w });
  pdf.fillColor(COLOR_TEXT);
}

export async function exportPdf(doc: GevinstDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  return pdfFromBlocks(
    catalogBlocks(doc, catalogForExport(doc)),
    catalogMeta(doc, options),
    options.created ?? new Date(),
  );
}

/**
 * Any document laid out as the catalogs are: title page, table of contents, the blocks, page
 * numbers (the follow-up report uses it too).
 */
export async function pdfFromBlocks(blocks: Block[], meta: CatalogMeta, created: Date): Promise<Uint8Array> {
  const pdf: Pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN - 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: false,
    lang: 'da-DK',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.publisher,
      Creator: 'Gevinst',
      Producer: 'Gevinst',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
  });

  pdf.addPage();
  titlePage(pdf, meta);

  // Table of contents: reserve its pages now, fill them in when the page numbers are known.
  pdf.addPage();
  const firstTocPage = pdf.bufferedPageRange().count - 1;
  const perFirst = Math.floor((pdf.page.height - 2 * MARGIN - 70) / TOC_LINE);
  const perNext = Math.floor((pdf.page.height - 2 * MARGIN - 30) / TOC_LINE);
  const n = tocEntries(blocks);
  const tocPages = n <= perFirst ? 1 : 1 + Math.ceil((n - perFirst) / perNext);
  for (let i = 1; i < tocPages; i++) pdf.addPage();

  const toc: { text: string; level: number; page: number }[] = [];
  const width = contentWidth(pdf);
  const tableArgs = (b: Extract<Block, { kind: 'table' }>) => {
    const total = b.columns.reduce((a, c) => a + c.weight, 0);
    return {
      columns: b.columns.map((c) => ({
        width: (c.weight / total) * width,
        align: c.align,
        ...(c.valign ? { valign: c.valign } : {}),
      })),
      rows: b.rows.map((r) => ({ cells: r.cells, style: r.style })),
      options: { keep: b.keep, size: b.columns.length > 8 ? 7 : 8 },
    };
  };
  for (const [k, b] of blocks.entries()) {
    // A caption ("Tabel 1. …", the unit line) stays on the page of its table.
    if (b.kind === 'paragraph') {
      const ahead = blocks.slice(k, k + 3);
      const t = ahead.findIndex((x) => x.kind === 'table');
      const target = ahead[t];
      if (t > 0 && target?.kind === 'table' && ahead.slice(0, t).every((x) => x.kind === 'paragraph')) {
        const a = tableArgs(target);
        const need = t * 16 + (target.caption ? 14 : 0) + tableHeight(pdf, a.columns, a.rows, a.options);
        if (need <= bottom(pdf) - pdf.page.margins.top) ensureSpace(pdf, need);
      }
    }
    switch (b.kind) {
      case 'heading':
        if (b.newPage) pdf.addPage();
        heading(pdf, b.text, b.level === 1 ? 15 : b.level === 2 ? 12 : 10.5, b.level === 1 ? 0 : 10);
        // After the heading: it may have moved to a new page to stay with its text.
        if (b.toc) {
          toc.push({ text: b.text, level: b.level, page: pdf.bufferedPageRange().count });
          pdf.outline.addItem(pdfSafe(b.text));
        }
        break;
      case 'paragraph':
        paragraph(pdf, b.text, b.note ? { size: 8.5, gapAfter: 4 } : { size: 10 });
        break;
      case 'labelled':
        labelled(pdf, b.label, b.text, b.label.length > 30 ? 230 : 140);
        break;
      case 'table': {
        if (b.caption) paragraph(pdf, b.caption, { size: 8.5, gapAfter: 2 });
        const a = tableArgs(b);
        table(pdf, a.columns, a.rows, a.options);
        break;
      }
    }
  }

  // Fill in the table of contents.
  const x = MARGIN;
  const w = contentWidth(pdf);
  let page = firstTocPage;
  pdf.switchToPage(page);
  pdf.fillColor(COLOR_HEAD).font(FONT_BOLD).fontSize(18).text('Indhold', x, MARGIN, { width: w });
  let y = MARGIN + 40;
  for (const e of toc) {
    if (y + TOC_LINE > pdf.page.height - MARGIN) {
      pdf.switchToPage(++page);
      y = MARGIN;
    }
    const indent = e.level === 1 ? 0 : 14;
    const label = pdfSafe(e.text);
    pdf
      .font(e.level === 1 ? FONT_BOLD : FONT)
      .fontSize(10)
      .fillColor(COLOR_TEXT);
    const pageText = String(e.page);
    const pageWidth = pdf.widthOfString(pageText);
    let shown = label;
    while (pdf.widthOfString(shown) > w - indent - pageWidth - 30 && shown.length > 4)
      shown = shown.slice(0, -2);
    if (shown !== label) shown = shown.trimEnd() + '…';
    pdf.text(shown, x + indent, y, { lineBreak: false });
    const after = x + indent + pdf.widthOfString(shown) + 4;
    const before = x + w - pageWidth - 4;
    if (before > after)
      pdf
        .moveTo(after, y + 8)
        .lineTo(before, y + 8)
        .dash(1, { space: 2 })
        .lineWidth(0.5)
        .strokeColor(COLOR_RULE)
        .stroke()
        .undash();
    pdf.text(pageText, x + w - pageWidth, y, { lineBreak: false });
    y += TOC_LINE;
  }

  // Page numbers on every page but the title page. When the subtitle names the decision vehicle
  // ("Budget 2026", "Overførselssagen 2024-2025") the footer is the catalogs' own banner form
  // "Budget 2026 … 5/67", which text readers recognise and skip when it lands inside a table.
  const range = pdf.bufferedPageRange();
  const vehicle =
    meta.subtitle && /^(Budget \d{4}|Overførselssagen \d{4}-\d{4})$/.test(meta.subtitle)
      ? meta.subtitle
      : null;
  for (let i = 1; i < range.count; i++) {
    pdf.switchToPage(i);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - 34;
    pdf.font(FONT).fontSize(8).fillColor('#555555');
    if (vehicle) {
      pdf.text(pdfSafe(vehicle), MARGIN, y, { lineBreak: false });
      pdf.text(`${i + 1}/${range.count}`, MARGIN, y, { width: w, align: 'right', lineBreak: false });
    } else {
      pdf.text(`Side ${i + 1} af ${range.count}`, MARGIN, y, { width: w, align: 'right', lineBreak: false });
    }
    pdf.page.margins.bottom = bottomMargin;
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
