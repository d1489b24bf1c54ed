// Messages of the importers (src/formats): what a reader could not read, and every inference it
// made (docs/text-format.md). Codes start with the part of the template they concern:
// "import.*" for the document as a whole, "economy.*", "followup.*", "catalog-table.*" …
import { defineMessages } from './define.ts';

export const importMessages = defineMessages({
  'import.nothing-read': (p: { file: string }) =>
    `${p.file}: der blev hverken fundet forslag eller katalogrækker i dokumentet.`,
});
