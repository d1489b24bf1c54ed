// `gevinst import FILE [--json]`: reads one document (PDF, Word or text) and prints what
// Gevinst understood, with the engine's own figures beside the printed ones. The JSON form is the
// public contract `gevinst.document/1` (docs/cli-contract.md).
import { readFile, stat } from 'node:fs/promises';
import { formatAmount } from '../../core/amount.ts';
import { deriveProposal } from '../../core/derive.ts';
import { ImportError } from '../../core/errors.ts';
import { warning } from '../../core/messages/index.ts';
import type { GevinstDocument, Proposal, YearAmounts } from '../../core/model.ts';
import { readDocumentWithText } from '../../formats/import.ts';
import { EXIT, type CliIo, type Command } from '../command.ts';

/** Reads FILE and returns the document with `computed` filled in; throws ImportError for bad input. */
export async function importFile(path: string): Promise<GevinstDocument> {
  return (await importFileWithText(path)).document;
}

/** `importFile`, and the text the source lines count (the extracted text of a PDF or Word file). */
async function importFileWithText(path: string): Promise<{ document: GevinstDocument; text: string | null }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ImportError(`Filen "${path}" findes ikke eller kan ikke læses.`);
  }
  if (info.isDirectory()) throw new ImportError(`"${path}" er en mappe, ikke en fil.`);
  const { document: doc, text } = await readDocumentWithText(new Uint8Array(await readFile(path)), path);
  for (const p of doc.proposals) {
    try {
      p.computed = deriveProposal(p);
    } catch (e) {
      p.computed = null;
      const why = e instanceof Error ? e.message : String(e);
      doc.warnings.push(
        warning(
          'import.economy-not-computed',
          { ref: p.ref, reason: why },
          { sourceLine: p.sourceLines[0] ?? null, proposalRef: p.ref },
        ),
      );
    }
  }
  return { document: doc, text };
}

function t(kr: number): string {
  return formatAmount(kr, 't.kr');
}

function lastYear(a: YearAmounts): string | null {
  const years = Object.keys(a).sort();
  const y = years[years.length - 1];
  return y === undefined ? null : `${t(a[y]!)} i ${y}`;
}

function describe(p: Proposal): string {
  const parts: string[] = [];
  const stated = p.economy?.stated;
  const perm = stated ? lastYear(stated.permanentChange) : null;
  const computedPerm = p.computed ? lastYear(p.computed.permanentChange) : null;
  if (perm) parts.push(`varig ændring ${perm}`);
  else if (computedPerm) parts.push(`varig ændring (beregnet) ${computedPerm}`);
  if (p.computed && p.computed.investmentTotal !== 0)
    parts.push(`investering ${t(p.computed.investmentTotal)}`);
  if (stated && (stated.paybackService !== null || stated.paybackTotal !== null)) {
    parts.push(`tilbagebetaling ${stated.paybackService ?? '–'}/${stated.paybackTotal ?? '–'} år`);
  }
  if (!p.economy) parts.push('ingen økonomitabel');
  return parts.join('; ');
}

function summary(doc: GevinstDocument): string {
  const out: string[] = [];
  out.push(`Importeret: ${doc.source?.path ?? '(ukendt fil)'}`);
  if (doc.priceLevelYear !== null) out.push(`Prisniveau: ${doc.priceLevelYear} p/l (beløb i 1.000 kr.)`);
  if (doc.catalog) {
    const rows = doc.catalog.rows;
    const count = (type: string) => rows.filter((r) => r.rowType === type).length;
    out.push(
      `Katalog: ${doc.catalog.tables.length} tabeller, ${rows.length} rækker (${count('committee')} udvalg, ${count('proposal')} forslag, ${count('total')} i alt)`,
    );
  }
  const kinds = new Map<string, number>();
  for (const p of doc.proposals) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  out.push(
    `Forslag: ${doc.proposals.length}${kinds.size > 0 ? ` (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`,
  );
  const width = Math.max(0, ...doc.proposals.map((p) => p.ref.length));
  for (const p of doc.proposals) {
    out.push(`  ${p.ref.padEnd(width)}  ${p.title}`);
    out.push(
      `  ${''.padEnd(width)}  ${p.kind}${p.presentingAdministrations.length ? ', ' + p.presentingAdministrations.join(', ') : ''}; ${describe(p)}`,
    );
  }
  out.push(`Advarsler: ${doc.warnings.length}`);
  for (const w of doc.warnings)
    out.push(
      `  ${w.sourceLine !== null ? `linje ${w.sourceLine}: ` : ''}${w.message}${w.code ? ` [${w.code}]` : ''}`,
    );
  return out.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  usage: [
    'Brug: gevinst import FIL [--json | --tekst]',
    '',
    'Læser FIL (et katalog eller ét eller flere forslag som PDF, Word (.docx) eller tekst, fx fra',
    'pdftotext, Markdown eller HTML) og udskriver forslag, katalogrækker, beløb og advarsler. Hvilken',
    'slags fil det er, afgøres af indholdet. Med --json udskrives ét JSON-objekt i formatet',
    'gevinst.document/1. Afslutter med 0, når dokumentet er læst (advarsler tilladt), og 2, når',
    'filen ikke kan læses, eller når der hverken findes forslag eller katalogrækker i den.',
    '',
    'Med --tekst udskrives den tekst, Gevinst læste (for PDF og Word: den udtrukne tekst), med',
    'linjenumre; advarslernes linjenumre peger i den.',
  ].join('\n'),
  run: async (args: string[], io: CliIo) => {
    const json = args.includes('--json');
    const asText = args.includes('--tekst');
    const files = args.filter((a) => a !== '--json' && a !== '--tekst');
    const unknown = files.filter((a) => a.startsWith('-') && a !== '-');
    if (unknown.length > 0) {
      io.err(`Ukendt tilvalg ${unknown.join(', ')}. Skriv "gevinst import --help".`);
      return EXIT.unreadable;
    }
    if (files.length !== 1) {
      io.err('Angiv præcis én fil: gevinst import FIL [--json | --tekst]');
      return EXIT.unreadable;
    }
    const { document: doc, text } = await importFileWithText(files[0]!);
    if (asText) {
      const lines = (text ?? JSON.stringify(doc, null, 2)).split(/\r\n|\r|\n/);
      const width = String(lines.length).length;
      io.out(lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`).join('\n'));
    } else io.out(json ? JSON.stringify(doc) : summary(doc));
    return EXIT.ok;
  },
};
