// Renders the demo round (the proposals of src/demo, handed in by the caller: formats do not
// import the demo data) as a catalog text in the 2026 layout, the way the city publishes it.
// The catalog tables come from core's aggregation and the stated rows from the engine, so every
// number the text prints agrees with Gevinst's own arithmetic.
import { buildCatalog } from '../../../core/catalog.ts';
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../../../core/model.ts';
import { renderTextCatalog, type RenderOptions } from './index.ts';
import { withArtefacts } from './options.ts';
import { withEngineStated } from './stated.ts';

export interface DemoRenderOptions {
  /** Name of the round, printed on the banners ("Budget 2027"). */
  roundName: string;
  priceLevelYear: number;
  /** "Godkendt med" per proposal ref. */
  approvedWith?: Record<string, string>;
  /** Add the conversion artefacts, as if the text came from a PDF (seeded). */
  artefactsSeed?: number | null;
}

/** The demo round as a GevinstDocument with catalog tables, stated rows from the engine. */
export function demoDocument(proposals: readonly Proposal[], options: DemoRenderOptions): GevinstDocument {
  const withStated = proposals.map((p) =>
    p.economy ? { ...p, economy: withEngineStated(p.economy, p.kind) } : p,
  );
  // A pre-analysis has no economic table; it prints in its own short format, not in the tables.
  const inTables = withStated.filter((p) => p.kind !== 'foranalyse');
  const tables = buildCatalog(inTables, {
    priceLevelYear: options.priceLevelYear,
    ...(options.approvedWith ? { approvedWith: options.approvedWith } : {}),
  });
  // The template's own table titles ("Effektiviseringer i budget 2027 fordelt på forslag").
  const round = options.roundName.toLowerCase();
  // Tabel 1 has no investment column: what it prints has no investment.
  const committeeTable = {
    ...tables.committeeTable,
    title: `Effektiviseringer i ${round} fordelt på forvaltninger`,
    rows: tables.committeeTable.rows.map((r) => ({ ...r, investment: null })),
  };
  const proposalTable = { ...tables.proposalTable, title: `Effektiviseringer i ${round} fordelt på forslag` };
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: options.priceLevelYear,
    catalog: {
      tables: [committeeTable, proposalTable],
      rows: [...committeeTable.rows, ...proposalTable.rows],
    },
    proposals: withStated,
    warnings: tables.warnings,
  };
}

/**
 * The demo round's catalog text: the catalog tables and every investment and efficiency proposal.
 * Pre-analyses are a template of their own; `renderDemoPreAnalyses` writes them one text each.
 */
export function renderDemoCatalog(proposals: readonly Proposal[], options: DemoRenderOptions): string {
  const full = demoDocument(proposals, options);
  const doc = { ...full, proposals: full.proposals.filter((p) => p.kind !== 'foranalyse') };
  return renderTextCatalog(doc, renderOptions(options));
}

/** Each pre-analysis of the demo round as a text of its own (the short foranalyse format). */
export function renderDemoPreAnalyses(
  proposals: readonly Proposal[],
  options: DemoRenderOptions,
): { ref: string; text: string }[] {
  return proposals
    .filter((p) => p.kind === 'foranalyse')
    .map((p) => ({
      ref: p.ref,
      text: renderTextCatalog(
        {
          format: DOCUMENT_FORMAT,
          source: null,
          priceLevelYear: options.priceLevelYear,
          catalog: null,
          proposals: [p],
          warnings: [],
        },
        { ...renderOptions(options), heading: [] },
      ),
    }));
}

function renderOptions(options: DemoRenderOptions): RenderOptions {
  const render: RenderOptions = {
    ...(options.artefactsSeed !== undefined && options.artefactsSeed !== null
      ? withArtefacts(options.artefactsSeed)
      : {}),
    heading: ['Bilag', `Katalog med investerings- og effektiviseringsforslag til ${options.roundName}`],
    banner: (p) => [
      options.roundName,
      p.kind === 'effektivisering'
        ? 'Effektiviseringsforslag'
        : p.kind === 'foranalyse'
          ? 'Foranalyse'
          : 'Investeringsforslag',
    ],
  };
  return render;
}
