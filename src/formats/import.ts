// The one entry point for reading a document a user has: a PDF, a Word document (.docx), text in
// any common conversion of one, or a gevinst.document/1 JSON file. The kind is decided by the
// content (input/kind.ts); each adapter turns its kind into the reader's text (one line per line of
// print or paragraph, table cells separated by tabs), and one reader turns that text into the
// document (text-catalog). A pure function of the bytes and the file name, so it can run in a
// worker thread.
import { createHash } from 'node:crypto';
import { ImportError, InvalidInput } from '../core/errors.ts';
import { messageText, warning } from '../core/messages/index.ts';
import type { GevinstDocument } from '../core/model.ts';
import { docxText } from './input/docx.ts';
import { inputKind, type InputKind } from './input/kind.ts';
import { pdfText } from './input/pdf.ts';
import { decodeText } from './input/text.ts';
import { readDocumentJson } from './open-data/read-json.ts';
import { readTextCatalog } from './text-catalog/index.ts';

export { inputKind, type InputKind } from './input/kind.ts';
export { catalogDecisions, type CatalogDecision } from './text-catalog/catalog-links.ts';

export interface ReadResult {
  document: GevinstDocument;
  /** What kind of file it was. */
  kind: InputKind;
  /**
   * The text the reader read, whose lines the source lines count (for a text file: the file
   * itself; for PDF and Word: the text Gevinst extracted). Null for a JSON document.
   */
  text: string | null;
}

const UNSUPPORTED: Partial<Record<InputKind, string>> = {
  word97: 'Word 97-2003-dokumenter (.doc)',
  rtf: 'RTF-dokumenter',
};

/**
 * Reads one document. Throws ImportError with a one-line Danish reason when the file is not a
 * document Gevinst can read, or when nothing (no proposal, no catalog row) could be read from it.
 */
export async function readDocumentWithText(
  input: Uint8Array | string,
  fileName: string,
): Promise<ReadResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0) throw new ImportError(messageText('import.empty-file', { file: fileName }));
  const source = { path: fileName, sha256: createHash('sha256').update(bytes).digest('hex') };
  const kind = typeof input === 'string' ? textKind(input) : inputKind(bytes);
  const unsupported = UNSUPPORTED[kind];
  if (unsupported)
    throw new ImportError(messageText('import.unsupported-kind', { file: fileName, kind: unsupported }));
  switch (kind) {
    case 'pdf': {
      const text = await pdfText(bytes, fileName);
      return { document: readTextCatalog(text, source), kind, text };
    }
    case 'docx': {
      const text = await docxText(bytes, fileName);
      return { document: readTextCatalog(text, source), kind, text };
    }
    case 'zip':
      throw new ImportError(messageText('import.zip-not-docx', { file: fileName }));
    case 'json': {
      const text = typeof input === 'string' ? input : decodeText(bytes, fileName).text;
      try {
        return { document: { ...readDocumentJson(text), source }, kind, text: null };
      } catch (e) {
        if (e instanceof InvalidInput) throw new ImportError(`${fileName}: ${e.message}`);
        throw e;
      }
    }
    default: {
      const { text, encoding } =
        typeof input === 'string' ? { text: input, encoding: null } : decodeText(bytes, fileName);
      const document = readTextCatalog(text, source);
      if (encoding) document.warnings.unshift(warning('import.encoding-guessed', { encoding }));
      return { document, kind, text };
    }
  }
}

/** `readDocumentWithText` without the text. */
export async function readDocument(input: Uint8Array | string, fileName: string): Promise<GevinstDocument> {
  return (await readDocumentWithText(input, fileName)).document;
}

/** A string is text, or JSON when it opens an object. */
function textKind(text: string): InputKind {
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'text';
}
