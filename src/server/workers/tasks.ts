// The heavy work the server hands to worker threads (pool.ts): rendering an export, reading an
// import and computing a scenario of the pool (the solve and the risk simulation). Pure functions
// of plain data (strings, numbers, arrays), so the input and the answer cross the thread boundary
// as a cheap copy; a proposal body travels as JSON text, parsed here and not on the server's event
// loop. Domain errors cross as data and are thrown again on the server.
import { DOCUMENT_FORMAT, type GevinstDocument, type Proposal } from '../../core/model.ts';
import { GevinstError, ImportError, isGevinstError, type ErrorCode } from '../../core/errors.ts';
import { type ExportFormat, exportDocument } from '../../formats/export.ts';
import { type FollowUpFileFormat, exportFollowUp } from '../../formats/follow-up/index.ts';
import type { FollowUpReport } from '../../core/schema/follow-up.ts';
import type { ImportedProposalRow } from '../../store/repositories/import.repository.ts';
import { searchText } from '../../store/repositories/proposals.repository.ts';
import type { Status } from '../../store/types.ts';
import { roundDocument } from '../../core/process/round-document.ts';
import {
  type Finding,
  type ValidationContext,
  findingsForDocument,
  withComputed,
} from '../services/engine.ts';
import { committeeOf, masterDataFromDoc } from '../services/master-data.ts';
import { readUpload } from './parse.ts';
import { type CatalogDecision, catalogDecisions } from '../../formats/import.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import { scenarioAnswer } from '../../core/scenario/answer.ts';
import type { BinarySolver } from '../../core/scenario/program.ts';
import type { ScenarioConstraints } from '../../core/scenario/solve.ts';
import type { ScenarioAnswer } from '../../core/schema/pool.ts';

/** HiGHS, loaded once per worker thread on its first scenario (an export never loads it). */
let solver: Promise<BinarySolver> | null = null;

export interface ExportRoundTask {
  kind: 'export-round';
  round: { name: string; priceLevelYear: number | null };
  /** The proposals that count, in id order; `body` is the current version as JSON text. */
  entries: {
    id: number;
    status: Status;
    committee: string | null;
    approvedWith: string | null;
    body: string;
  }[];
  masterData: unknown;
  format: ExportFormat;
}

export interface ExportProposalTask {
  kind: 'export-proposal';
  proposal: Proposal;
  format: ExportFormat;
}

export interface ReadImportTask {
  kind: 'read-import';
  /** The upload: text, or the bytes of a PDF or Word file (kind decided by the content). */
  body: string | Uint8Array;
  fileName: string | null;
  masterData: unknown;
  /** The organisation's p/l index and payback guideline (preview findings); null for a commit. */
  validation: ValidationContext | null;
  /** Preview: the document with computed economies and the findings. Commit: rows to store. */
  purpose: 'preview' | 'commit';
}

/** The follow-up report (computed by core on the server) rendered as a file. */
export interface ExportFollowUpTask {
  kind: 'export-follow-up';
  report: FollowUpReport;
  format: FollowUpFileFormat;
}

/** A scenario of the pool: the solve and the risk of the chosen (core's scenarioAnswer). */
export interface ScenarioTask {
  kind: 'scenario';
  /** The round's counted proposals; `body` is the current version as JSON text. */
  entries: { committee: string | null; body: string }[];
  constraints: ScenarioConstraints;
  settings: OrganisationSettings;
}

export type Task = ExportRoundTask | ExportProposalTask | ReadImportTask | ExportFollowUpTask | ScenarioTask;

/** A proposal ready for INSERT: the queried columns and the body as JSON text. */
export type ImportRow = ImportedProposalRow;

export type TaskAnswer =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'preview'; document: GevinstDocument; findings: Finding[]; decisions: CatalogDecision[] }
  | { kind: 'rows'; sha256: string; rows: ImportRow[]; decisions: CatalogDecision[] }
  | { kind: 'scenario'; answer: ScenarioAnswer }
  | { kind: 'error'; code: ErrorCode; message: string; field: string | null; sourceLine: number | null };

/** The round as a document: core's roundDocument, as `gevinst export --runde` builds it too. */
function roundAsDocument(task: ExportRoundTask): GevinstDocument {
  const entries = task.entries.map((e) => ({ ...e, proposal: JSON.parse(e.body) as Proposal }));
  return roundDocument(task.round, entries, masterDataFromDoc(task.masterData));
}

async function readImport(task: ReadImportTask): Promise<TaskAnswer> {
  const { document, text } = await readUpload(task.body, task.fileName);
  if (task.purpose === 'preview') {
    const findings = task.validation ? findingsForDocument(document, text, task.validation) : [];
    document.proposals = document.proposals.map(withComputed);
    return { kind: 'preview', document, findings, decisions: catalogDecisions(document) };
  }
  if (document.proposals.length === 0)
    throw new ImportError('Dokumentet indeholder ingen forslag, der kan importeres.');
  const seen = new Set<string>();
  for (const p of document.proposals) {
    if (seen.has(p.ref))
      throw new ImportError(`Dokumentet har forslagsnummeret "${p.ref}" mere end én gang.`);
    seen.add(p.ref);
  }
  const md = masterDataFromDoc(task.masterData);
  const rows = document.proposals.map((body): ImportRow => {
    const administration = body.presentingAdministrations[0] ?? null;
    return {
      ref: body.ref,
      title: body.title,
      kind: body.kind,
      administration,
      committee: committeeOf(md, administration),
      searchText: searchText(body),
      body: JSON.stringify(body),
    };
  });
  return { kind: 'rows', sha256: document.source?.sha256 ?? '', rows, decisions: catalogDecisions(document) };
}

export async function runTask(task: Task): Promise<TaskAnswer> {
  try {
    switch (task.kind) {
      case 'export-round':
        return {
          kind: 'bytes',
          bytes: await exportDocument(roundAsDocument(task), task.format, { subtitle: task.round.name }),
        };
      case 'export-proposal': {
        const doc: GevinstDocument = {
          format: DOCUMENT_FORMAT,
          source: null,
          priceLevelYear: task.proposal.economy?.priceLevelYear ?? null,
          catalog: null,
          proposals: [task.proposal],
          warnings: [],
        };
        return {
          kind: 'bytes',
          bytes: await exportDocument(doc, task.format, {
            title: `${task.proposal.ref} ${task.proposal.title}`,
          }),
        };
      }
      case 'read-import':
        return await readImport(task);
      case 'export-follow-up':
        return { kind: 'bytes', bytes: await exportFollowUp(task.report, task.format) };
      case 'scenario': {
        const entries = task.entries.map((e) => ({
          committee: e.committee,
          proposal: JSON.parse(e.body) as Proposal,
        }));
        solver ??= import('../../solver/highs.ts').then((m) => m.loadHighsSolver());
        return {
          kind: 'scenario',
          answer: scenarioAnswer(entries, task.constraints, task.settings, await solver),
        };
      }
    }
  } catch (e) {
    if (isGevinstError(e))
      return { kind: 'error', code: e.code, message: e.message, field: e.field, sourceLine: e.sourceLine };
    throw e;
  }
}

/** Throws an error answer again as the domain error it was in the worker. */
export function unwrap<K extends TaskAnswer['kind']>(
  answer: TaskAnswer,
  kind: K,
): Extract<TaskAnswer, { kind: K }> {
  if (answer.kind === 'error')
    throw new GevinstError(answer.code, answer.message, {
      field: answer.field,
      sourceLine: answer.sourceLine,
    });
  if (answer.kind !== kind) throw new Error(`worker answered ${answer.kind}, expected ${kind}`);
  return answer as Extract<TaskAnswer, { kind: K }>;
}
