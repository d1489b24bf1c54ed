// A small document in the 2021 pool template, written for this test, so the reader is checked
// also where the corpus is absent: read as a user's file is read, through readTextCatalog.
import { describe, expect, it } from 'vitest';
import { readTextCatalog } from './index.ts';
import { annexTableId } from './proposal.ts';

const T = '\t';
const doc = [
  'Forslag til investeringspuljen',
  '',
  `Mio. kr. 2021 p/l${T}${T}${T}${T}Investeringer${T}${T}Effektivisering ved fuld indfasning${T}${T}Tilbagebetalingstid`,
  `Udvalg${T}NR${T}Forslag${T}Service${T}Anlæg${T}Service${T}Overførsler mv.${T}År${T}`,
  `KFU${T}*${T}BC11${T}Kontrol${T}0,0${T}1,8${T}0,5${T}3,0${T}5`,
  `I alt${T}${T}${T}${T}0,0${T}1,8${T}0,5${T}3,0${T}`,
  '',
  'INVESTERINGSFORSLAG',
  '',
  'Forslagets titel: **BC 11 Kontrol**',
  '',
  'Kort resumé: Bedre kontrol.',
  '',
  'Fremstillende forvaltning: Kultur- og Fritidsforvaltningen',
  '',
  'Berørte forvaltninger:',
  '',
  `<input type="checkbox"/>${T}Økonomiforvaltningen${T}<input checked="" type="checkbox"/>${T}Beskæftigelses- og Integrationsforvaltningen`,
  '',
  '1.1 FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER',
  '',
  `1.000 kr. 2021 p/l${T}Styringsområde${T}2020${T}2021`,
  `Varige ændringer${T}${T}${T}`,
  `Sociale ydelser (BIF)${T}Overførsler${T}${T}-2.512`,
  `Samlet varig ændring${T}${T}${T}-2.512`,
  `Implementeringsomkostninger${T}${T}${T}`,
  `Udvikling${T}Anlæg${T}640${T}1.150`,
  `Samlede implementeringsomkostninger${T}${T}640${T}1.150`,
  `Samlet økonomisk påvirkning${T}${T}640${T}-1.362`,
  `Tilbagebetalingstid baseret på serviceeffektivisering${T}5${T}${T}`,
  `Tilbagebetalingstid baseret på totaløkonomi${T}2${T}${T}`,
  '',
  '1.9. Opfølgning',
  '',
  `${T}Hvordan måles succeskriteriet?${T}Hvem er ansvarlig for opfølgning?${T}Hvornår gennemføres opfølgningen?`,
  `Løsning i drift${T}Driftsstatus${T}KFF${T}Ultimo 2020`,
  '',
  '1.11 RISIKOVURDERING',
  '',
  'Risikoen vurderes at være lille.',
  '',
  '1.12 TEKNISK BILAG',
  '',
  'Tabel. Måltalseffekt – hvis forslaget indarbejdes',
  '',
  `Udvalg${T}1.000 kr. p/l${T}${T}`,
  `${T}2020${T}2021`,
  `Beskæftigelses- og Integrationsudvalget${T}${T}-2.512`,
  `Total${T}${T}-2.512`,
].join('\n');

describe('the reader on a written sample of the 2021 pool template', () => {
  const result = readTextCatalog(doc, null);

  it('reads the overview in mio. kr. with the cross-cutting mark', () => {
    expect(result.catalog!.rows[0]).toMatchObject({
      rowType: 'proposal',
      proposalRef: 'BC11',
      committee: 'KFU',
      crossCutting: true,
      investmentByArea: { service: 0, anlaeg: 1_800_000 },
      fullEffectByArea: { service: 500_000, overfoersler: 3_000_000 },
      payback: 5,
      investment: null,
      sourceLine: 5,
    });
    expect(result.catalog!.rows[1]).toMatchObject({ rowType: 'total', payback: null });
  });

  it('reads the proposal: letter-spaced ref, checkbox grid, economy, follow-up, risk, annex table', () => {
    const [p] = result.proposals;
    expect(p).toMatchObject({
      ref: 'BC11',
      title: 'Kontrol',
      kind: 'investering',
      presentingAdministrations: ['KFF'],
      affectedAdministrations: [
        { administration: 'ØKF', checked: false },
        { administration: 'BIF', checked: true },
      ],
      risk: { level: 'Lille' },
    });
    expect(p!.economy!.lines.map((l) => [l.section, l.budgetArea])).toEqual([
      ['varig', 'overfoersler'],
      ['implementering', 'anlaeg'],
    ]);
    expect(p!.economy!.stated).toMatchObject({
      paybackService: 5,
      paybackTotal: 2,
      implementationCost: { '2020': 640_000, '2021': 1_150_000 },
    });
    expect(p!.followUp).toEqual([
      {
        group: null,
        target: 'Løsning i drift',
        measure: 'Driftsstatus',
        responsible: 'KFF',
        when: 'Ultimo 2020',
        sourceLine: 36,
      },
    ]);
    expect(p!.kvantumTables.map((t) => [t.id, t.rows.map((r) => [r.committee, r.amounts['2021']])])).toEqual([
      [
        '1.14',
        [
          ['BIU', -2_512_000],
          [null, -2_512_000],
        ],
      ],
    ]);
  });

  it('names the annex tables by caption', () => {
    expect(
      [
        'Tabel 4. Effektivisering samt varige driftsomkostninger, service',
        'Table 1.14 Måltaleffekt',
        'Tabel 1.16. Bevillingsmæssig effekt – hvis forslaget *ikke* indarbejdes',
        'Tabel 5. Fordeling af anlægsinvesteringer mellem udvalg',
        'Tabel 2. Pipeline',
      ].map(annexTableId),
    ).toEqual(['1.13', '1.14', '1.16', '1.17', null]);
  });
});
