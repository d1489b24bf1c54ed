// `gevinst export FILE --format F --out PATH`: renders a gevinst.document/1 JSON file or a text
// catalog as DOCX, PDF, XLSX, CSV (open data), Kvantum CSV or JSON through exportDocument. The file
// is written to a temporary name beside the target and renamed, so a failure never leaves half a
// document behind.

import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InvalidInput } from '../../core/errors.ts';
import type { GevinstDocument } from '../../core/model.ts';
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA,
  exportDocument,
  isExportFormat,
  type ExportFormat,
  type ExportOptions,
} from '../../formats/export.ts';
import { readDocumentJson } from '../../formats/open-data/read-json.ts';
import { readTextCatalog } from '../../formats/text-catalog/index.ts';
import { EXIT, type Command } from '../command.ts';

const USAGE = `Brug: gevinst export FIL --format FORMAT [--out STI] [valg]
       gevinst export --runde ID --format FORMAT --out STI [valg]

Danner et dokument fra FIL (en gevinst.document/1 JSON-fil eller et tekstkatalog) eller fra en
budgetrunde i databasen (GEVINST_DATA_DIR eller DATABASE_URL): de forslag, der ikke er afvist
eller trukket tilbage, med kataloget beregnet af motoren.

Formater:
  docx         kataloget som Word-dokument
  pdf          kataloget som PDF
  xlsx         Excel-projektmappe med levende formler
  csv          åbne data: ét beløb pr. række (semikolon, UTF-8 med BOM)
  kvantum-csv  Kvantum-tabellerne A-E (semikolon, decimalkomma, UTF-8 med BOM)
  json         gevinst.document/1 med beregnede tal

Valg:
  --out STI          hvor filen skrives (standard: FIL med formatets endelse)
  --titel TEKST      titel på forsiden
  --undertitel TEKST fx "Budget 2026"
  --bilag TEKST      fx "Bilag 9"
  --orden udvalg     Kvantum-CSV sorteret efter udvalg i stedet for forslag`;

interface Args {
  file: string | null;
  round: number | null;
  format: ExportFormat;
  out: string | null;
  options: ExportOptions;
}

function parseArgs(args: string[]): Args {
  let file: string | null = null;
  let round: number | null = null;
  let format: string | null = null;
  let out: string | null = null;
  const options: ExportOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--'))
        throw new InvalidInput(`${a} mangler en værdi.`, { field: a });
      return v;
    };
    if (a === '--runde' || a === '--round') {
      const v = value();
      if (!/^\d+$/.test(v))
        throw new InvalidInput(`--runde skal være et rundenummer, ikke "${v}".`, { field: '--runde' });
      round = Number(v);
    } else if (a === '--format') format = value();
    else if (a === '--out') out = value();
    else if (a === '--titel' || a === '--title') options.title = value();
    else if (a === '--undertitel' || a === '--subtitle') options.subtitle = value();
    else if (a === '--bilag' || a === '--appendix') options.appendix = value();
    else if (a === '--orden' || a === '--order') {
      const v = value();
      if (v !== 'udvalg' && v !== 'forslag')
        throw new InvalidInput(`--orden skal være "udvalg" eller "forslag", ikke "${v}".`, {
          field: '--orden',
        });
      options.kvantumOrder = v;
    } else if (a.startsWith('--'))
      throw new InvalidInput(`Ukendt valg "${a}". Skriv "gevinst export --help".`, { field: a });
    else if (file === null) file = a;
    else throw new InvalidInput(`Kun én fil ad gangen ("${a}" er en fil for meget).`);
  }
  if ((file === null) === (round === null))
    throw new InvalidInput('Angiv enten en fil eller --runde ID. Skriv "gevinst export --help".');
  if (round !== null && out === null)
    throw new InvalidInput('Angiv --out, hvor filen skal skrives.', { field: '--out' });
  if (format === null)
    throw new InvalidInput(`Angiv --format (${EXPORT_FORMATS.join(', ')}).`, { field: '--format' });
  if (!isExportFormat(format))
    throw new InvalidInput(`Ukendt format "${format}". Brug ${EXPORT_FORMATS.join(', ')}.`, {
      field: '--format',
    });
  return { file, round, format, out, options };
}

/** Reads FILE as gevinst.document/1 JSON when it looks like JSON, otherwise as a text catalog. */
export async function readInputDocument(path: string): Promise<GevinstDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InvalidInput(`Filen "${path}" findes ikke eller kan ikke læses.`, { field: 'FIL' });
  }
  const text = bytes.toString('utf8');
  if (/^\s*[{[]/.test(text)) {
    try {
      return readDocumentJson(text);
    } catch (e) {
      if (e instanceof InvalidInput) throw new InvalidInput(`${path}: ${e.message}`, { field: e.field });
      throw e;
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return readTextCatalog(text, { path, sha256 });
}

/** A round from the database (the same document the server's download gives). */
async function readRound(roundId: number, options: ExportOptions): Promise<GevinstDocument> {
  // The database is loaded only for --runde: exporting a file needs neither PGlite nor pg.
  const { openDatabase, optionsFromEnv } = await import('../../store/open.ts');
  const { roundDocument } = await import('../../server/services/export.service.ts');
  const db = await openDatabase(optionsFromEnv());
  try {
    const { name, doc } = await roundDocument(db, null, roundId);
    options.subtitle ??= name;
    return doc;
  } finally {
    await db.close();
  }
}

function defaultOut(file: string, format: ExportFormat): string {
  const stem = basename(file, extname(file));
  return join(dirname(file), `${stem}.${EXPORT_MEDIA[format].extension}`);
}

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  async run(args, io) {
    const a = parseArgs(args);
    const doc =
      a.round !== null ? await readRound(a.round, a.options) : await readInputDocument(a.file as string);
    const bytes = await exportDocument(doc, a.format, a.options);
    const out = a.out ?? defaultOut(a.file as string, a.format);
    const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    try {
      await writeFile(tmp, bytes);
      await rename(tmp, out);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new InvalidInput(`Kunne ikke skrive "${out}": ${e instanceof Error ? e.message : String(e)}`, {
        field: '--out',
      });
    }
    io.out(
      `Skrev ${out} (${a.format}, ${bytes.length.toLocaleString('da-DK')} byte, ${doc.proposals.length} forslag).`,
    );
    for (const w of doc.warnings.slice(0, 5))
      io.err(`Advarsel${w.sourceLine ? ` (linje ${w.sourceLine})` : ''}: ${w.message}`);
    if (doc.warnings.length > 5)
      io.err(`… og ${doc.warnings.length - 5} advarsler mere (se "gevinst import").`);
    return EXIT.ok;
  },
};
