// The one entry point for every generated document. The CLI, the server and the web app's
// download buttons all call exportDocument; nothing else picks a writer.

//
// Each writer is imported when its format is asked for: docx, pdfkit and exceljs are large, and a
// CSV download (or the CLI writing JSON) should not pay for loading them.

import { InvalidInput } from '../core/errors.ts';
import type { GevinstDocument } from '../core/model.ts';

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'kvantum-csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** MIME type and file extension of each format (for downloads and --out defaults). */
export const EXPORT_MEDIA: Record<ExportFormat, { mime: string; extension: string }> = {
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  csv: { mime: 'text/csv; charset=utf-8', extension: 'csv' },
  // Its own name beside the open-data CSV of the same round: both are CSV, and a browser saving
  // both into one folder must not overwrite one with the other.
  'kvantum-csv': { mime: 'text/csv; charset=utf-8', extension: 'kvantum.csv' },
  json: { mime: 'application/json', extension: 'json' },
};

/** A download's file name: the name without characters that trip browsers or file systems. */
export function exportFileName(name: string, format: ExportFormat): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'gevinst';
  return `${safe}.${EXPORT_MEDIA[format].extension}`;
}

export interface ExportOptions {
  /** Title page / workbook title. Default: "Katalog med investerings- og effektiviseringsforslag". */
  title?: string;
  /** Under the title, e.g. "Budget 2026" or "Overførselssagen 2025-2026". */
  subtitle?: string;
  /** Above the title, e.g. "Bilag 9". */
  appendix?: string;
  /** Creation time written into the file (fixed in tests for reproducible output). Default: now. */
  created?: Date;
  /** Kvantum CSV only: row order "forslag" (default) or "udvalg". */
  kvantumOrder?: 'forslag' | 'udvalg';
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/**
 * Renders a document (a round, an imported catalog, or a single proposal wrapped in a document)
 * in the given format. Every figure comes from the core engine; the bytes are complete or an
 * error is thrown (nothing half-written).
 */
export async function exportDocument(
  doc: GevinstDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return (await import('./docx/index.ts')).exportDocx(doc, options);
    case 'pdf':
      return (await import('./pdf/index.ts')).exportPdf(doc, options);
    case 'xlsx':
      return (await import('./xlsx/index.ts')).exportXlsx(doc, options);
    case 'csv':
      return (await import('./open-data/index.ts')).exportFlatCsv(doc);
    case 'kvantum-csv':
      return (await import('./csv-kvantum/index.ts')).exportKvantumCsv(doc, {
        order: options.kvantumOrder ?? 'forslag',
      });
    case 'json':
      return (await import('./open-data/index.ts')).exportJson(doc);
    default: {
      const unknown: never = format;
      throw new InvalidInput(
        `Ukendt eksportformat "${String(unknown)}". Brug ${EXPORT_FORMATS.join(', ')}.`,
        { field: 'format' },
      );
    }
  }
}
