// Messages of the importers (src/formats): what a reader could not read, and every inference it
// made (docs/text-format.md). Codes start with the part of the template they concern:
// "import.*" for the document as a whole, "economy.*", "followup.*", "catalog-table.*" …
// Errors that refuse a whole file (an ImportError) take their text from here too.
import { defineMessages } from './define.ts';

export const importMessages = defineMessages({
  // The file as a whole (errors: the file is refused).
  'import.nothing-read': (p: { file: string }) =>
    `${p.file}: der blev hverken fundet forslag eller katalogrækker i dokumentet.`,
  'import.empty-file': (p: { file: string }) => `${p.file}: filen er tom.`,
  'import.binary-file': (p: { file: string }) =>
    `${p.file}: filen er hverken tekst, PDF eller et Word-dokument (.docx), som Gevinst kan læse.`,
  'import.unsupported-kind': (p: { file: string; kind: string }) =>
    `${p.file}: ${p.kind} kan ikke læses; gem dokumentet som PDF eller Word (.docx), eller som tekst.`,
  'import.pdf-unreadable': (p: { file: string }) =>
    `${p.file}: filen kan ikke læses som PDF (den er beskadiget eller ufuldstændig).`,
  'import.pdf-password': (p: { file: string }) =>
    `${p.file}: PDF-filen er beskyttet med en adgangskode og kan ikke læses.`,
  'import.pdf-no-text': (p: { file: string }) =>
    `${p.file}: PDF-filen indeholder ingen tekst (måske er siderne skannede billeder); Gevinst læser ikke tekst i billeder.`,
  'import.docx-unreadable': (p: { file: string }) =>
    `${p.file}: filen ligner et Word-dokument, men kan ikke åbnes (den er beskadiget).`,
  'import.zip-not-docx': (p: { file: string }) =>
    `${p.file}: filen er en ZIP-fil (fx et Excel-regneark), ikke et Word-dokument (.docx).`,
  // The file was read, with a caveat (warnings).
  'import.encoding-guessed': (p: { encoding: string }) =>
    `Filen er ikke UTF-8; den er læst som ${p.encoding}. Kontrollér æ, ø og å.`,
});
