// The reconciliation report ("afstemningsrapport"): a Danish HTML page for the finance officer.
// A summary per catalog (findings by severity, catalog totals against the proposals), then every
// finding grouped by proposal with computed, printed, difference and source line, then the rules.
// Plain semantic HTML with inline CSS; every text from the document is escaped (escape.ts).
import { formatAmount } from '../../core/amount.ts';
import type { AmountUnit, GevinstDocument, Proposal } from '../../core/model.ts';
import { countBySeverity, RULES, type Finding, type Severity } from '../../core/validation/index.ts';
import { html, raw, type Raw } from './escape.ts';
import { summariseCatalog } from './summary.ts';

export { escapeHtml } from './escape.ts';

export interface ReportOptions {
  /** Shown in the heading; defaults to the document's source path. */
  title?: string;
  /** Printed as "Dannet …"; left out when absent so the report is reproducible. */
  generatedAt?: string;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fejl', warning: 'Advarsel', info: 'Oplysning' };
const SEVERITY_PLURAL: Record<Severity, string> = {
  error: 'Fejl',
  warning: 'Advarsler',
  info: 'Oplysninger',
};

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.6rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #d0d0d0;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sev-error{color:#a40000;font-weight:600}.sev-warning{color:#8a5a00;font-weight:600}.sev-info{color:#30507a}
.meta{color:#555;font-size:.9rem}.ok{color:#276b2a}.diff{color:#a40000}
code{font-size:.88em}td.txt{min-width:9rem;max-width:16rem;overflow-wrap:anywhere}td.msg{min-width:22rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

function isYears(f: Finding): boolean {
  return f.rule.startsWith('payback.');
}

/**
 * The unit a finding's amounts are shown in: the one its message names (`params.unit`, the
 * table's own), so a row of the report never shows one amount in two units. 1.000 kr. otherwise.
 */
function unitOf(f: Finding): AmountUnit {
  const u = f.params.unit;
  return u === 'kr' || u === 'mio.kr' ? u : 't.kr';
}

/** A finding's value for people: kroner in the finding's unit, years, or text. */
function value(f: Finding, v: number | string | null): string {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  if (isYears(f)) return `${v} år`;
  return formatAmount(v, unitOf(f));
}

function difference(f: Finding): string {
  if (typeof f.expected !== 'number' || typeof f.found !== 'number') return '';
  const d = f.found - f.expected;
  if (isYears(f)) return `${d > 0 ? '+' : ''}${d} år`;
  return (d > 0 ? '+' : '') + formatAmount(d, unitOf(f));
}

/** Numbers right-aligned and unbroken; text (a placeholder, a title) wraps like prose. */
function valueCell(f: Finding, v: number | string | null): Raw {
  return typeof v === 'string'
    ? html`<td class="txt">${value(f, v)}</td>`
    : html`<td class="num">${value(f, v)}</td>`;
}

function severityCell(s: Severity): Raw {
  return html`<td class="sev-${s}">${SEVERITY_LABEL[s]}</td>`;
}

function findingsTable(findings: Finding[]): Raw {
  const rows = findings.map(
    (f) =>
      html`<tr>${severityCell(f.severity)}<td><code>${f.rule}</code></td><td class="num">${f.year ?? ''}</td>${valueCell(f, f.expected)}${valueCell(
        f,
        f.found,
      )}<td class="num">${difference(f)}</td><td class="num">${f.sourceLine === null ? '' : `l. ${f.sourceLine}`}</td><td class="msg">${f.message}</td></tr>`,
  );
  return html`<table><thead><tr><th>Alvor</th><th>Regel</th><th class="num">År</th><th class="num">Beregnet</th><th class="num">Angivet</th><th class="num">Forskel</th><th class="num">Linje</th><th>Forklaring</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function countsTable(findings: Finding[]): Raw {
  const c = countBySeverity(findings);
  const cells = (['error', 'warning', 'info'] as const).map(
    (s) => html`<tr><th class="sev-${s}">${SEVERITY_PLURAL[s]}</th><td class="num">${c[s]}</td></tr>`,
  );
  return html`<table class="counts" style="width:auto"><tbody>${cells}<tr><th>I alt</th><td class="num">${findings.length}</td></tr></tbody></table>`;
}

function catalogSection(doc: GevinstDocument): Raw {
  const summaries = summariseCatalog(doc);
  if (summaries.length === 0) return html`<p>Dokumentet har ingen katalogtabeller.</p>`;
  const parts = summaries.map((s) => {
    const t = s.table;
    const rows = s.years.map((y) => {
      const d = y.printedTotal === null ? null : y.printedTotal - y.rowsSum;
      return html`<tr><td class="num">${y.year}</td><td class="num">${y.printedTotal === null ? '–' : formatAmount(y.printedTotal, 't.kr')}</td><td class="num">${formatAmount(
        y.rowsSum,
        't.kr',
      )}</td><td class="num ${d === null || d === 0 ? 'ok' : 'diff'}">${d === null ? '' : formatAmount(d, 't.kr')}</td><td class="num">${
        y.proposalsCounted === 0 ? '–' : formatAmount(y.proposalsSum, 't.kr')
      }</td><td class="num">${y.proposalsCounted}</td></tr>`;
    });
    const heading = t.title.toLowerCase().startsWith(t.name.toLowerCase())
      ? t.title
      : `${t.name}: ${t.title}`;
    return html`<h3>${heading}</h3>
<p class="meta">Linje ${t.sourceLine}. ${t.priceLevelYear === null ? 'Intet p/l angivet' : `${t.priceLevelYear} p/l`}. ${
      s.rowKind === 'forslag'
        ? `${s.proposalRows} forslagsrækker, heraf ${s.matchedRows} med forslaget i dokumentet.`
        : 'Tabellen har kun udvalgsrækker; de summeres.'
    }</p>
${
  s.years.length === 0
    ? html`<p>Tabellen har ingen årskolonner.</p>`
    : html`<table><thead><tr><th class="num">År</th><th class="num">Katalogets «I alt»</th><th class="num">${s.rowKind === 'forslag' ? 'Sum af forslagsrækkerne' : 'Sum af udvalgsrækkerne'}</th><th class="num">Forskel</th><th class="num">Forslagenes egne tabeller</th><th class="num">Antal forslag</th></tr></thead><tbody>${rows}</tbody></table>`
}`;
  });
  return html`<p class="meta">Beløb i 1.000 kr. med katalogets fortegn (besparelse positiv). «Forslagenes egne tabeller» er −(samlet varig ændring) for de forslag, der står i dokumentet; forslag fra andre bilag indgår ikke.</p>${parts}`;
}

function proposalHeading(p: Proposal | undefined, ref: string): string {
  return p ? `${p.ref} ${p.title}` : ref;
}

/** Renders the reconciliation report as a complete HTML document. */
export function renderReconciliationReport(
  doc: GevinstDocument,
  findings: readonly Finding[],
  options: ReportOptions = {},
): string {
  const all = [...findings];
  const title = options.title ?? doc.source?.path ?? 'dokument';
  const general = all.filter((f) => f.proposalRef === null);
  const byRef = new Map<string, Finding[]>();
  for (const f of all) {
    if (f.proposalRef === null) continue;
    byRef.set(f.proposalRef, [...(byRef.get(f.proposalRef) ?? []), f]);
  }
  // Proposals in document order, then any reference the document does not hold.
  const order = [
    ...doc.proposals.map((p) => p.ref).filter((r, i, a) => a.indexOf(r) === i && byRef.has(r)),
    ...[...byRef.keys()].filter((r) => !doc.proposals.some((p) => p.ref === r)),
  ];
  const proposalSections = order.map((ref) => {
    const fs = byRef.get(ref) ?? [];
    const p = doc.proposals.find((x) => x.ref === ref);
    const c = countBySeverity(fs);
    return html`<section class="proposal"><h3>${proposalHeading(p, ref)}</h3><p class="meta">${
      p?.sourceLines[0] === undefined ? '' : `Linje ${p.sourceLines[0]}. `
    }${c.error} fejl, ${c.warning} advarsler, ${c.info} oplysninger.</p>${findingsTable(fs)}</section>`;
  });
  const clean = doc.proposals.filter((p) => !byRef.has(p.ref));
  const rules = RULES.map(
    (r) =>
      html`<tr><td><code>${r.id}</code></td><td class="sev-${r.severity}">${SEVERITY_LABEL[r.severity]}</td><td>${r.title}</td></tr>`,
  );
  const body = html`<header><h1>Afstemningsrapport</h1><p class="meta">${title}${
    doc.source ? ` · sha256 ${doc.source.sha256.slice(0, 12)}…` : ''
  }${options.generatedAt ? ` · Dannet ${options.generatedAt}` : ''}</p></header>
<main>
<section id="resume"><h2>Resumé</h2>
<p>${doc.proposals.length} forslag og ${doc.catalog?.rows.length ?? 0} katalogrækker er kontrolleret mod Gevinsts regler. ${
    all.length === 0 ? 'Der er ingen fund.' : ''
  }</p>
${countsTable(all)}
<p class="meta">Beregnet er det, Gevinst regner ud; angivet er det, dokumentet viser. Beløb står i tabellens egen enhed (oftest 1.000 kr.), som forklaringen nævner. Afrunding: en forskel på højst 1 pr. summeret række regnes som afrunding og vises som oplysning; større forskelle er fejl.</p>
</section>
<section id="katalog"><h2>Kataloget mod forslagene</h2>${catalogSection(doc)}</section>
<section id="fund"><h2>Fund pr. forslag</h2>
${general.length > 0 ? html`<section class="proposal"><h3>Kataloget og dokumentet som helhed</h3>${findingsTable(general)}</section>` : raw('')}
${proposalSections}
${clean.length > 0 ? html`<p class="ok">Uden fund: ${clean.map((p) => p.ref).join(', ')}.</p>` : raw('')}
</section>
<section id="regler"><h2>Reglerne</h2><table><thead><tr><th>Regel</th><th>Alvor</th><th>Hvad kontrolleres</th></tr></thead><tbody>${rules}</tbody></table></section>
</main>`;
  return `<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${
    html`Afstemningsrapport – ${title}`.raw
  }</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body.raw}\n</body>\n</html>\n`;
}
