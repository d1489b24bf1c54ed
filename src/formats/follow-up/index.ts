// The follow-up report (`gevinst.followup/1`) as a file: an Excel workbook with live formulas, or
// PDF and Word in the style of the catalogs. Each writer is loaded when its format is asked for.
import type { FollowUpReport } from '../../core/schema/follow-up.ts';
import { EXPORT_MEDIA } from '../export.ts';

export const FOLLOW_UP_FILE_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
export type FollowUpFileFormat = (typeof FOLLOW_UP_FILE_FORMATS)[number];

export const FOLLOW_UP_MEDIA: Record<FollowUpFileFormat, { mime: string; extension: string }> = {
  xlsx: EXPORT_MEDIA.xlsx,
  pdf: EXPORT_MEDIA.pdf,
  docx: EXPORT_MEDIA.docx,
};

export async function exportFollowUp(
  report: FollowUpReport,
  format: FollowUpFileFormat,
  options: { created?: Date } = {},
): Promise<Uint8Array> {
  const created = options.created ?? new Date();
  switch (format) {
    case 'xlsx':
      return (await import('./xlsx.ts')).followUpXlsx(report, created);
    case 'pdf': {
      const { followUpBlocks, reportMeta } = await import('./blocks.ts');
      return (await import('../pdf/index.ts')).pdfFromBlocks(
        followUpBlocks(report),
        reportMeta(report, created),
        created,
      );
    }
    case 'docx': {
      const { followUpBlocks, reportMeta } = await import('./blocks.ts');
      return (await import('../docx/index.ts')).docxFromBlocks(
        followUpBlocks(report),
        reportMeta(report, created),
        created,
      );
    }
  }
}
