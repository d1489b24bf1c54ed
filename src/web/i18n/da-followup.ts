// Every Danish text of the follow-up pages (gevinstrealisering), beside da.ts. The names of the
// follow-up's codes (year status, target state, recurrence) are core's (src/core/follow-up/names.ts).
export const daFollowUp = {
  proposalLink: 'Se opfølgningen: planlagt og realiseret, mål med datoer',
};
