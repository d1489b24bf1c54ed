// Reading an uploaded document into a GevinstDocument: the one function an import parses with.
// Pure (no I/O), so it runs in a worker thread (tasks.ts). A text document goes through
// src/formats/text-catalog; a `gevinst.document/1` JSON document (the CLI's output) is read with
// core's one schema of the document. Swap this function to read other inputs (PDF, DOCX):
// everything around it stays.
import { createHash } from 'node:crypto';
import { ImportError } from '../../core/errors.ts';
import { DOCUMENT_FORMAT, type GevinstDocument } from '../../core/model.ts';
import { documentSchema } from '../../core/schema/document.ts';
import { schemaError } from '../../core/schema/errors.ts';
import { readTextCatalog } from '../../formats/text-catalog/index.ts';

/** Whether the upload is a gevinst.document/1 JSON document (then there are no source lines). */
export function isJsonDocument(text: string): boolean {
  return text.trimStart().startsWith('{');
}

export function readDocument(text: string, fileName: string | null): GevinstDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const source = { path: fileName ?? 'upload', sha256 };
  if (isJsonDocument(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ImportError('Filen ligner JSON, men kan ikke læses som JSON.');
    }
    if ((parsed as { format?: unknown } | null)?.format !== DOCUMENT_FORMAT) {
      throw new ImportError(`JSON-filen er ikke et "${DOCUMENT_FORMAT}"-dokument.`);
    }
    const r = documentSchema.safeParse(parsed);
    if (!r.success) throw new ImportError(schemaError(r.error, 'Dokumentet').message);
    return { ...r.data, source };
  }
  return readTextCatalog(text, source);
}
