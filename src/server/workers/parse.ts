// Reading an uploaded document into a GevinstDocument: the one function an import parses with.
// Pure (no I/O), so it runs in a worker thread (tasks.ts). PDF, Word and text documents go through
// src/formats/import.ts (the kind is decided by the content); a `gevinst.document/1` JSON document
// (the CLI's output) is read with core's one schema of the document. A document from which
// nothing can be read is an ImportError (422).
import { createHash } from 'node:crypto';
import { ImportError } from '../../core/errors.ts';
import { DOCUMENT_FORMAT, type GevinstDocument } from '../../core/model.ts';
import { documentSchema } from '../../core/schema/document.ts';
import { schemaError } from '../../core/schema/errors.ts';
import { inputKind, readDocumentWithText } from '../../formats/import.ts';

/** The uploaded document and the text its source lines count (null for JSON). */
export async function readUpload(
  body: string | Uint8Array,
  fileName: string | null,
): Promise<{ document: GevinstDocument; text: string | null }> {
  if (typeof body === 'string') {
    // A PDF or Word file sent as text/plain arrives decoded, its bytes lost.
    if (body.startsWith('%PDF-') || body.startsWith('PK\u0003\u0004'))
      throw new ImportError(
        'Filen er sendt som tekst, men er en PDF- eller Word-fil; send den som application/octet-stream.',
      );
    if (body.trimStart().startsWith('{')) return { document: readJsonDocument(body, fileName), text: null };
  } else if (inputKind(body) === 'json') {
    return { document: readJsonDocument(new TextDecoder().decode(body), fileName), text: null };
  }
  return readDocumentWithText(body, fileName ?? 'upload');
}

function readJsonDocument(text: string, fileName: string | null): GevinstDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const source = { path: fileName ?? 'upload', sha256 };
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
