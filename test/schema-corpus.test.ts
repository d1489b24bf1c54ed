// What the readers make of the corpus stays inside the one schema's bounds: an imported document
// can always be stored, exported as JSON and read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/core/schema/document.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

describe('the corpus through the schema', () => {
  for (const name of Object.values(CORPUS_FILES)) {
    const file = corpusFile(name);
    it.skipIf(file === null)(`${name} parses without a problem`, () => {
      const doc = readTextCatalog(readFileSync(file!, 'utf8'), { path: name, sha256: 'x' });
      const r = documentSchema.safeParse(JSON.parse(JSON.stringify(doc)));
      expect(r.success ? null : r.error.issues.slice(0, 3)).toBeNull();
    });
  }
});
