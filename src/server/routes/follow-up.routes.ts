// Follow-up of adopted proposals: a proposal's follow-up (realised figures, confirmations, target
// schedules and targets met), the report of a round or of the organisation as JSON
// (`gevinst.followup/1`) or as a file, and the due list. Bodies and answers are core's schemas
// (src/core/schema/follow-up.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as fu from '../../core/schema/follow-up.ts';
import { FOLLOW_UP_FILE_FORMATS } from '../../formats/follow-up/index.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, doc, idParam, sendDownload } from './params.ts';

const TARGET_PARAMS = { params: z.object({ id: z.string().max(20), index: z.string().max(20) }) };

const reportQuery = z.object({
  format: z
    .enum(FOLLOW_UP_FILE_FORMATS, { error: `skal være en af ${FOLLOW_UP_FILE_FORMATS.join(', ')}` })
    .optional(),
});

export function followUpRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/proposals/:id/follow-up',
    doc('opfølgning', 'Forslagets opfølgning: planlagt (fra motoren) og realiseret pr. år, mål med datoer', {
      ...ID_PARAMS,
      response: { 200: fu.proposalFollowUpSchema },
    }),
    (request) => s.followUp.proposal(actor(request), idParam(request)),
  );

  r.put(
    '/api/proposals/:id/follow-up/realised',
    doc('opfølgning', 'Indtast realiserede tal for et eller flere år (basedOnVersion; 409 hvis forældet)', {
      ...ID_PARAMS,
      body: fu.realisedBody,
      response: { 200: fu.proposalFollowUpSchema },
    }),
    (request) => s.followUp.saveRealised(actor(request), idParam(request), request.body),
  );

  r.post(
    '/api/proposals/:id/follow-up/confirmations',
    doc('opfølgning', 'Center for Økonomi bekræfter et års realiserede tal', {
      ...ID_PARAMS,
      body: fu.confirmBody,
      response: { 200: fu.proposalFollowUpSchema },
    }),
    (request) => s.followUp.confirm(actor(request), idParam(request), request.body),
  );

  r.put(
    '/api/proposals/:id/follow-up/targets/:index/schedule',
    doc('opfølgning', 'Sæt et opfølgningsmåls frist og gentagelse (null: læs dem af "Hvornår")', {
      ...TARGET_PARAMS,
      body: fu.scheduleBody,
      response: { 200: fu.proposalFollowUpSchema },
    }),
    (request) =>
      s.followUp.setSchedule(actor(request), idParam(request), idParam(request, 'index'), request.body),
  );

  r.post(
    '/api/proposals/:id/follow-up/targets/:index/met',
    doc('opfølgning', 'Registrér et opfølgningsmål som opfyldt (hvem, hvornår, dokumentation)', {
      ...TARGET_PARAMS,
      body: fu.targetMetBody,
      response: { 200: fu.proposalFollowUpSchema },
    }),
    (request) =>
      s.followUp.markMet(actor(request), idParam(request), idParam(request, 'index'), request.body),
  );

  r.get(
    '/api/rounds/:id/follow-up',
    doc(
      'opfølgning',
      'Rundens opfølgningsrapport (gevinst.followup/1), eller som fil: ?format=xlsx|pdf|docx',
      {
        ...ID_PARAMS,
        querystring: reportQuery,
        response: { 200: fu.followUpReportSchema },
      },
    ),
    async (request, reply) => {
      const report = await s.followUp.roundReport(actor(request), idParam(request));
      const format = request.query.format;
      if (format === undefined) return report;
      return sendDownload(reply, await s.exports.followUp(report, format));
    },
  );

  r.get(
    '/api/follow-up',
    doc(
      'opfølgning',
      'Opfølgningsrapport over alle organisationens runder, eller som fil: ?format=xlsx|pdf|docx',
      {
        querystring: reportQuery,
        response: { 200: fu.followUpReportSchema },
      },
    ),
    async (request, reply) => {
      const report = await s.followUp.organisationReport(actor(request));
      const format = request.query.format;
      if (format === undefined) return report;
      return sendDownload(reply, await s.exports.followUp(report, format));
    },
  );

  r.get(
    '/api/follow-up/due',
    doc('opfølgning', 'Opfølgningsmål med frist i dette kvartal og overskredne, pr. forvaltning', {
      querystring: z.object({ administration: z.string().max(100).optional() }),
      response: { 200: fu.dueListSchema },
    }),
    (request) => s.followUp.due(actor(request), request.query.administration ?? null),
  );
}
