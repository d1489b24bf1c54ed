// Reading an uploaded document into a GevinstDocument: the one function an import parses with.
// Pure (no I/O), so it runs in a worker thread (tasks.ts). A text document goes through
// src/formats/text-catalog; a `gevinst.document/1` JSON document (the CLI's output) is accepted
// as well. Swap this function to read other inputs (PDF, DOCX): everything around it stays.
import { createHash } from 'node:crypto';
import { ImportError, isGevinstError } from '../../core/errors.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../../core/model.ts';
import { readTextCatalog } from '../../formats/text-catalog/index.ts';
import { parseProposalInput } from '../services/proposal-input.ts';

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
    const doc = parsed as Partial<GevinstDocument>;
    if (doc.format !== DOCUMENT_FORMAT || !Array.isArray(doc.proposals)) {
      throw new ImportError(`JSON-filen er ikke et "${DOCUMENT_FORMAT}"-dokument.`);
    }
    const proposals: Proposal[] = doc.proposals.map((p, i) => {
      try {
        return parseProposalInput(p);
      } catch (e) {
        throw new ImportError(
          `Forslag nr. ${i + 1} i filen: ${isGevinstError(e) ? e.message : 'kan ikke læses.'}`,
        );
      }
    });
    return {
      format: DOCUMENT_FORMAT,
      source,
      priceLevelYear: doc.priceLevelYear ?? null,
      catalog: doc.catalog ?? null,
      proposals,
      warnings: doc.warnings ?? [],
    };
  }
  return readTextCatalog(text, source);
}
