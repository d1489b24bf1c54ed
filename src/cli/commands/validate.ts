// `gevinst validate FILE [--json | --html] [--out PATH]`: imports FILE and checks every validation
// rule (src/core/validation). Exit 0 without findings of severity "error", 1 with at least one,
// 2 when FILE cannot be read (../shared/docs/cli-contract.md). --json prints gevinst.findings/1;
// --html the Danish reconciliation report. With --out the output is written to a temporary file
// beside PATH and renamed, so a failure never leaves half a report behind.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ImportError, InvalidInput } from '../../core/errors.ts';
import type { GevinstDocument } from '../../core/model.ts';
import {
  countBySeverity,
  FINDINGS_FORMAT,
  hasErrors,
  validate,
  type Finding,
} from '../../core/validation/index.ts';
import { renderReconciliationReport } from '../../formats/html-report/index.ts';
import { readDocumentWithText } from '../../formats/import.ts';
import { EXIT, type Command } from '../command.ts';

const USAGE = `Brug: gevinst validate FIL [--json | --html] [--out STI]

Indlæser FIL (PDF, Word (.docx), tekst eller en gevinst.document/1 JSON-fil) og kontrollerer alle regler:
summer og totaler, kataloget mod forslagene, Kvantum-tabellerne, tilbagebetalingstid, fortegn,
pris- og lønniveau, beløb i teksten, godkendelser og høringer samt forslagets opbygning.

Valg:
  --json      skriv fundene som JSON (format gevinst.findings/1)
  --html      skriv en afstemningsrapport i HTML
  --out STI   skriv til filen STI i stedet for til skærmen

Afslutningskode: 0 uden fejl, 1 når der er mindst én fejl, 2 når filen ikke kan læses.`;

interface Args {
  file: string;
  mode: 'text' | 'json' | 'html';
  out: string | null;
}

function parseArgs(args: string[]): Args {
  let file: string | null = null;
  let mode: Args['mode'] = 'text';
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json' || a === '--html') {
      const m = a === '--json' ? 'json' : 'html';
      if (mode !== 'text' && mode !== m)
        throw new InvalidInput('Vælg enten --json eller --html, ikke begge.', { field: a });
      mode = m;
    } else if (a === '--out') {
      const v = args[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InvalidInput('--out mangler en filsti.', { field: '--out' });
      out = v;
    } else if (a.startsWith('--')) {
      throw new InvalidInput(`Ukendt valg "${a}". Skriv "gevinst validate --help".`, { field: a });
    } else if (file === null) {
      file = a;
    } else {
      throw new InvalidInput(`Kun én fil ad gangen ("${a}" er en fil for meget).`);
    }
  }
  if (file === null)
    throw new InvalidInput('Angiv hvilken fil der skal kontrolleres. Skriv "gevinst validate --help".');
  return { file, mode, out };
}

/** The document and, for a read document, the lines of its text (the rules read prose and placeholders there). */
async function load(path: string): Promise<{ doc: GevinstDocument; sourceLines: string[] | undefined }> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).isDirectory()) throw new ImportError(`"${path}" er en mappe, ikke en fil.`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`Filen "${path}" findes ikke eller kan ikke læses.`);
  }
  // A document from which nothing can be read is an ImportError here (exit 2): never a clean bill.
  const { document, text } = await readDocumentWithText(new Uint8Array(bytes), path);
  return { doc: document, sourceLines: text === null ? undefined : text.split(/\r\n|\r|\n/) };
}

const LABEL = { error: 'FEJL', warning: 'ADVARSEL', info: 'OPLYSNING' } as const;

function textReport(path: string, findings: Finding[]): string {
  const lines = findings.map((f) => {
    const where = [f.proposalRef, f.year === null ? null : String(f.year)]
      .filter((x) => x !== null)
      .join(' ');
    return `${f.sourceLine === null ? '' : `l. ${f.sourceLine}`.padEnd(9)}${LABEL[f.severity].padEnd(10)} ${f.code}${where ? ` (${where})` : ''}: ${f.message}`;
  });
  const c = countBySeverity(findings);
  lines.push(`${path}: ${c.error} fejl, ${c.warning} advarsler, ${c.info} oplysninger.`);
  return lines.join('\n');
}

async function writeAtomically(out: string, content: string): Promise<void> {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new InvalidInput(`Kunne ikke skrive "${out}": ${e instanceof Error ? e.message : String(e)}`, {
      field: '--out',
    });
  }
}

export const validateCommand: Command = {
  name: 'validate',
  usage: USAGE,
  async run(args, io) {
    const a = parseArgs(args);
    const { doc, sourceLines } = await load(a.file);
    const findings = validate(doc, sourceLines ? { sourceLines } : {});
    const output =
      a.mode === 'json'
        ? JSON.stringify({ format: FINDINGS_FORMAT, findings })
        : a.mode === 'html'
          ? renderReconciliationReport(doc, findings, { title: a.file })
          : textReport(a.file, findings);
    if (a.out !== null) {
      await writeAtomically(a.out, output.endsWith('\n') ? output : output + '\n');
      const c = countBySeverity(findings);
      io.err(
        `Skrev ${a.out} (${findings.length} fund: ${c.error} fejl, ${c.warning} advarsler, ${c.info} oplysninger).`,
      );
    } else {
      io.out(output);
    }
    return hasErrors(findings) ? EXIT.findings : EXIT.ok;
  },
};
