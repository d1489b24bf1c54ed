import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MASTER_DATA,
  committeeOfAdministration,
  createMasterData,
  findAdministration,
  findAdministrations,
  findBudgetArea,
  findCommittee,
  findCommittees,
  isBudgetAreaHeader,
} from './master-data.ts';

describe('findCommittee: real spellings from the corpus', () => {
  it.each<[string, string]>([
    ['Økonomiudvalget', 'ØU'],
    ['ØU', 'ØU'],
    ['Børne- og Ungdomsudvalget', 'BUU'],
    ['Børne og Ungdomsudvalget', 'BUU'],
    ['Børne- og Ung-domsudvalget', 'BUU'],
    ['Kultur- og Fritids-udvalget', 'KFU'],
    ['KFU', 'KFU'],
    ['Socialudvalget*', 'SU'],
    ['Socialudvalget**', 'SU'],
    ['socialudvalget', 'SU'],
    ['Sundheds- og Om-sorgsudvalget', 'SUU'],
    ['Sundheds- og Omsorgsudvalget', 'SUU'],
    ['Sundhedsudvalget', 'SUU'],
    ['SOU', 'SUU'],
    ['SUU', 'SUU'],
    ['Teknik- og Miljøudvalget', 'TMU'],
    ['Beskæftigelses- og Integrationsudvalget', 'BIU'],
    ['Borgerrådgivningen', 'Borgerrådgiveren'],
    ['Borgerrådsgiveren', 'Borgerrådgiveren'],
    ['Revisionsudvalget', 'Revisionsudvalget'],
    ['  S o c i a l u d v a l g e t  ', 'SU'],
    ['K u l t u r -  og F r i t i d s u d v a l g e t', 'KFU'],
    ['<b>Økonomiudvalget</b>', 'ØU'],
    ['Kultur- og Fritidsudvalg', 'KFU'],
  ])('"%s" → %s', (text, id) => {
    expect(findCommittee(text)?.id).toBe(id);
  });

  it.each(['Udvalg', 'MED-udvalget', 'Fordeling på udvalg', '', 'I alt', 'Sundheds'])(
    '"%s" is no committee',
    (text) => {
      expect(findCommittee(text)).toBeNull();
    },
  );

  it('finds every committee of a joint catalog row, in order', () => {
    expect(findCommittees('Socialudvalget og Børne og Ungdomsudvalget').map((c) => c.id)).toEqual([
      'SU',
      'BUU',
    ]);
    expect(findCommittees('Teknik- og Miljøudvalget og Økonomiudvalget').map((c) => c.id)).toEqual([
      'TMU',
      'ØU',
    ]);
    expect(
      findCommittees('Socialudvalget og Beskæftigelses- og Integrationsudvalget').map((c) => c.id),
    ).toEqual(['SU', 'BIU']);
    expect(findCommittees('godkendt af Socialudvalget, SOU og KFU').map((c) => c.id)).toEqual([
      'SU',
      'SUU',
      'KFU',
    ]);
  });
});

describe('findAdministration', () => {
  it.each<[string, string, string]>([
    ['Økonomiforvaltningen', 'ØKF', 'ØU'],
    ['Kultur- Fritidsforvaltningen', 'KFF', 'KFU'],
    ['Kultur og Fritidsforvaltningen', 'KFF', 'KFU'],
    ['Kultur- og fritidsforvaltningen', 'KFF', 'KFU'],
    ['K u l t u r -  og F r i t i d s f o r v a l t n i n g e n', 'KFF', 'KFU'],
    ['Børne- og Ungdomsforvaltningen**', 'BUF', 'BUU'],
    ['Socialforvaltningen', 'SOF', 'SU'],
    ['Sundheds- og Omsorgsforvaltningen', 'SUF', 'SUU'],
    ['Teknik- og Miljøforvaltningen', 'TMF', 'TMU'],
    ['Beskæftigelses- og Integrationsforvaltningen', 'BIF', 'BIU'],
    ['BIF', 'BIF', 'BIU'],
    ['Koncern-IT', 'Koncern IT', 'ØU'],
    ['KIT', 'Koncern IT', 'ØU'],
    ['Koncernservice', 'Koncernservice', 'ØU'],
    ['Københavns Ejendomme', 'KEJD', 'ØU'],
    ['Københavns Ejendomme og Indkøb (KEID)', 'KEJD', 'ØU'],
    ['KEID', 'KEJD', 'ØU'],
    ['Byggeri København', 'Byggeri København', 'ØU'],
    ['Intern Revision', 'Intern Revision', 'Revisionsudvalget'],
    ['Borgerrådgiveren', 'Borgerrådgiveren', 'Borgerrådgiveren'],
  ])('"%s" → %s under %s', (text, id, committee) => {
    expect(findAdministration(text)?.id).toBe(id);
    expect(committeeOfAdministration(text)?.id).toBe(committee);
  });

  it('knows the ØKF units belong to ØKF', () => {
    expect(findAdministration('Koncern IT')?.parent).toBe('ØKF');
    expect(findAdministration('ØKF')?.parent).toBeNull();
  });

  it('finds several administrations in a line of text', () => {
    expect(findAdministrations('TMF og ØKF vurderer').map((a) => a.id)).toEqual(['TMF', 'ØKF']);
  });
});

describe('findBudgetArea', () => {
  it.each<[string, string | null]>([
    ['Service', 'service'],
    ['service', 'service'],
    ['Anlæg', 'anlaeg'],
    ['Overførsler', 'overfoersler'],
    ['Overførsler mv.', 'overfoersler'],
    ['efterspørgselsstyrede overførsler', 'overfoersler'],
    ['Overførsler (efterspørgselsstyrede)', 'overfoersler'],
    ['Efterspørgselsstyret indsats', 'efterspoergselsstyret'],
    ['ef terspørgselssty- ret indsats', 'efterspoergselsstyret'],
    ['finansposter', 'finansposter'],
    ['f inanspos ter', 'finansposter'],
    ['S e r v i c e', 'service'],
    ['Energibesparelse', null],
    ['', null],
  ])('"%s" → %s', (text, area) => {
    expect(findBudgetArea(text)).toBe(area);
  });

  it('recognises the column header in its broken forms', () => {
    expect(isBudgetAreaHeader('Sty- rings- om- råde')).toBe(true);
    expect(isBudgetAreaHeader('Styrings- område')).toBe(true);
    expect(isBudgetAreaHeader('Service')).toBe(false);
  });
});

describe('master data as data', () => {
  it('every administration names a known committee and parent', () => {
    const ids = new Set(DEFAULT_MASTER_DATA.committees.map((c) => c.id));
    const admins = new Set(DEFAULT_MASTER_DATA.administrations.map((a) => a.id));
    for (const a of DEFAULT_MASTER_DATA.administrations) {
      expect(ids.has(a.committee)).toBe(true);
      if (a.parent !== null) expect(admins.has(a.parent)).toBe(true);
    }
  });

  it('an edited copy adds a spelling without code changes', () => {
    const edited = createMasterData({
      ...DEFAULT_MASTER_DATA,
      committees: DEFAULT_MASTER_DATA.committees.map((c) =>
        c.id === 'SU' ? { ...c, variants: [...c.variants, 'Det Sociale Udvalg'] } : c,
      ),
    });
    expect(edited.findCommittee('Det Sociale Udvalg')?.id).toBe('SU');
    expect(findCommittee('Det Sociale Udvalg')).toBeNull();
  });
});
