// A gevinst.document/1 JSON document with many small proposals, for the tests and the benchmark
// of imports and exports that must not stop the server answering (about 450 bytes a proposal, so
// 20,000 fit under the 10 MB upload limit).
const ADMINISTRATIONS = ['BUF', 'SOF', 'SUF', 'TMF', 'KFF', 'BIF', 'ØKF'];

export function manyProposalsDocument(count: number, prefix = 'Forslag'): string {
  const proposals = Array.from({ length: count }, (_, i) => ({
    ref: `${prefix} ${i + 1}`,
    title: `Effektivisering af drift nr. ${i + 1}`,
    kind: 'effektivisering',
    presentingAdministrations: [ADMINISTRATIONS[i % ADMINISTRATIONS.length]],
    summary: 'Driften samles og digitaliseres.',
    sections: [],
    economy: {
      unit: 't.kr',
      priceLevelYear: 2027,
      years: [2027, 2028],
      lines: [
        {
          label: 'Besparelse',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2027': -100000 - i, '2028': -200000 },
          sourceLine: null,
        },
      ],
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      },
    },
  }));
  return JSON.stringify({
    format: 'gevinst.document/1',
    source: null,
    priceLevelYear: 2027,
    catalog: null,
    warnings: [],
    proposals,
  });
}
