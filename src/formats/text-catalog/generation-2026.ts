// The 2026 generation ("Katalog med forvaltningsspecifikke investerings- og
// effektiviseringsforslag", budget 2026): catalog Tabel 1 and 2, then every "Forslag N", then a
// PDF outline (lines starting with a tab) that repeats every title and must not become proposals.
import type { Catalog, Proposal, Warning } from '../../core/model.ts';
import { CATALOG_TABLE_TITLE, readCatalogTable } from './catalog-2026.ts';
import { firstNonBlank, squashLine } from './letter-spacing.ts';
import { PROPOSAL_HEADING, readProposal } from './proposal-2026.ts';
import type { GenerationReader, GenerationResult, SourceLine } from './reader.ts';

/** Proposal headings: "Forslag N …" followed within a few lines by "Kort resumé". */
export function proposalStarts(lines: readonly SourceLine[], stop: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i < stop; i++) {
    const t = lines[i]!.text;
    if (t.startsWith('\t') || !PROPOSAL_HEADING.test(t)) continue;
    for (let j = i + 1; j < Math.min(stop, i + 8); j++) {
      if (firstNonBlank(lines[j]!.text) === 'K' && squashLine(lines[j]!).startsWith('kortresumé')) {
        starts.push(i);
        break;
      }
    }
  }
  return starts;
}

/** Where the PDF outline starts: the first tab-indented "Forslag N" line, or the end. */
export function outlineStart(lines: readonly SourceLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.startsWith('\t') && /^\tForslag\s+\d/.test(t)) return i;
  }
  return lines.length;
}

function detect(lines: SourceLine[]): number {
  let score = 0;
  const limit = lines.length;
  let tabel2026 = false;
  let adminAnnex = false;
  let kvantum = false;
  let resume = false;
  let economy = false;
  for (let i = 0; i < limit; i++) {
    if (tabel2026 && resume && economy && adminAnnex) break;
    // Cheap filter before squashing: every signal line starts with one of these letters.
    const c = firstNonBlank(lines[i]!.text);
    if (c !== 'T' && c !== 'K' && c !== 'A' && c !== 'E') continue;
    const s = squashLine(lines[i]!);
    if (s.length < 8) continue;
    if (CATALOG_TABLE_TITLE.test(s)) tabel2026 = true;
    else if (s.startsWith('administrativebilagtil') || s === 'administrativebilag') adminAnnex = true;
    else if (s.startsWith('teknisketabellertilkorrektioner') || s.startsWith('tabela.måltalseffekt'))
      kvantum = true;
    else if (s.startsWith('kortresumé')) resume = true;
    else if (/^tabel\d+[.:]?forslagetssamledeøkonomiskekonsekvenser/.test(s)) economy = true;
  }
  // Tenths, so that all signals together give exactly 1 ("certain").
  if (tabel2026) score += 6;
  if (resume && economy) score += 3;
  if (adminAnnex) score += 1;
  if (kvantum) score -= 5; // the 2025 cross-cutting template
  return Math.max(0, score) / 10;
}

function read(lines: SourceLine[]): GenerationResult {
  const warnings: Warning[] = [];
  const outline = outlineStart(lines);
  const starts = proposalStarts(lines, outline);
  const catalogEnd = starts[0] ?? outline;

  // Catalog tables before the first proposal.
  let catalog: Catalog | null = null;
  let priceLevelYear: number | null = null;
  for (let i = 0; i < catalogEnd; i++) {
    if (!CATALOG_TABLE_TITLE.test(squashLine(lines[i]!))) continue;
    const t = readCatalogTable(lines, i, catalogEnd);
    catalog ??= { tables: [], rows: [] };
    catalog.tables.push(t.table);
    catalog.rows.push(...t.table.rows);
    warnings.push(...t.warnings);
    priceLevelYear ??= t.table.priceLevelYear;
    i = Math.max(i, t.end - 1);
  }

  const proposals: Proposal[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? outline;
    const { proposal, warnings: w } = readProposal(lines, s, end);
    // Nothing reads these lines again: drop their cached squash and collapse, so that a large
    // file's heap holds only the text and the result (less memory, less for the GC to trace).
    for (let i = s; i < end; i++) lines[i]!.squashed = lines[i]!.collapsed = undefined;
    proposals.push(proposal);
    warnings.push(...w);
    priceLevelYear ??= proposal.economy?.priceLevelYear ?? null;
  });

  // The outline repeats the titles; check that no proposal in it is missing from the body.
  if (outline < lines.length) {
    const seen = new Set(proposals.map((p) => p.ref));
    for (let i = outline; i < lines.length; i++) {
      const m = /^\tForslag\s+(\d+)/.exec(lines[i]!.text);
      if (m && !seen.has(`Forslag ${m[1]}`)) {
        warnings.push({
          message: `Indholdsfortegnelsen nævner Forslag ${m[1]}, men forslaget findes ikke i teksten.`,
          sourceLine: lines[i]!.n,
        });
      }
    }
  }
  // A catalog row whose proposal is absent (e.g. a truncated file).
  if (catalog) {
    const seen = new Set(proposals.map((p) => p.ref));
    for (const r of catalog.rows) {
      if (r.proposalRef && !seen.has(r.proposalRef)) {
        warnings.push({
          message: `Kataloget nævner ${r.proposalRef} "${r.title}", men forslaget findes ikke i teksten.`,
          sourceLine: r.sourceLine,
        });
      }
    }
  }
  if (!catalog && proposals.length === 0) {
    warnings.push({ message: 'Hverken katalogtabeller eller forslag kunne læses.', sourceLine: null });
  }
  return { priceLevelYear, catalog, proposals, warnings };
}

export const reader2026: GenerationReader = { id: 'katalog-2026', detect, read };
