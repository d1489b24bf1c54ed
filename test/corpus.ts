// Where the corpus of real published catalogs is. Tests that need it call `corpusFile` and skip
// with a visible notice when it is absent; under CI (CI=true) absence is a failure, not a skip.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CORPUS_DIR = resolve(process.env.GEVINST_CORPUS_DIR ?? join(root, '..', 'shared', 'corpus'));

export const CORPUS_FILES = {
  y2021: '2021-bilag2-investeringspuljen.txt',
  y2025: '2025-bilag8-tvaergaaende-forslag.txt',
  y2026: '2026-bilag9-forvaltningsspecifikke-forslag.txt',
} as const;

let noticeShown = false;

/** Absolute path of a corpus file, or null (with a notice) when the corpus is not on this machine. */
export function corpusFile(name: string): string | null {
  const path = join(CORPUS_DIR, name);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') {
    throw new Error(`Corpus file ${path} is missing, and CI requires the corpus (set GEVINST_CORPUS_DIR).`);
  }
  if (!noticeShown) {
    noticeShown = true;
    console.warn(`\n*** NOTICE: corpus not found at ${CORPUS_DIR}; corpus tests are SKIPPED. ***\n`);
  }
  return null;
}
