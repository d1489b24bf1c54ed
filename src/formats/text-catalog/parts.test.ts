// The smaller parts of a proposal, each fed the lines a user's file gives (splitLines undoes the
// converter's marks): section headings, follow-up and consultation grids, checkboxes, risk.
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/model.ts';
import { readAffected, readYesNo } from './checkboxes.ts';
import { consultationsOfGrid } from './consultations.ts';
import { readFollowUpGrid } from './follow-up.ts';
import { toRow } from './grid.ts';
import { sectionHeading } from './proposal.ts';
import { splitLines } from './reader.ts';
import { readRisk } from './risk.ts';
import { proposalWarner } from './warn.ts';

const rows = (text: string) =>
  splitLines(text)
    .filter((l) => l.text.includes('\t'))
    .map(toRow);
const line = (text: string) => splitLines(text)[0]!;

describe('section headings', () => {
  it('are matched by name whatever their number, case or letter spacing', () => {
    expect(sectionHeading(line('1.11 RISIKOVURDERING'))).toBe('Risikovurdering');
    expect(sectionHeading(line('4. Risikovurdering'))).toBe('Risikovurdering');
    expect(sectionHeading(line(' 3. Imp lementer ing  og opfølgning'))).toBe('Implementering og opfølgning');
    expect(sectionHeading(line('1.1. Hvem er hørt?'))).toBe('Hvem er hørt?');
    expect(sectionHeading(line('## 1. Beskrivelse af forslag (fremgangsmåde og effekt)'))).toBe(
      'Beskrivelse af forslag',
    );
    expect(sectionHeading(line('ADMINISTRATIVT BILAG - EFFEKTIVISERINGSFORSLAG'))).toBe(
      'Administrative bilag',
    );
    expect(
      sectionHeading(line('1. Effektivisering ved administration af ferie i Koncernservice')),
    ).toBeNull();
    expect(sectionHeading(line('Risikovurdering\tx'))).toBeNull();
    expect(sectionHeading(line('2.Udrulning af digitalt samtykke bredt i BIF'))).toBeNull();
  });
});

describe('the follow-up table as a grid', () => {
  it('keeps group rows and joins a row wrapped over two lines', () => {
    const r = rows(
      [
        'Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?',
        'Implementering og anvendelse af investeringsmidler\t\t\t',
        'Skilte opsat\tSkilte tælles\tKEJD\tUltimo 2024',
        'Realisering af effektiviseringer\t\t\t',
        '10 møder pr. måned (dvs. hvor en konkret\tRegistrering\tProjektleder\tKvartalsvis',
        'borgersag drøftes).\t\t\t',
        '------\t----\t--\t----',
      ].join('\n'),
    );
    expect(readFollowUpGrid(r)).toEqual([
      {
        group: 'Implementering og anvendelse af investeringsmidler',
        target: 'Skilte opsat',
        measure: 'Skilte tælles',
        responsible: 'KEJD',
        when: 'Ultimo 2024',
        sourceLine: 3,
      },
      {
        group: 'Realisering af effektiviseringer',
        target: '10 møder pr. måned (dvs. hvor en konkret borgersag drøftes).',
        measure: 'Registrering',
        responsible: 'Projektleder',
        when: 'Kvartalsvis',
        sourceLine: 5,
      },
    ]);
  });
});

describe('consultations as a grid', () => {
  it('reads body, Ja/Nej and date; "Ikke relevant" stays text', () => {
    const r = rows(
      [
        '\tJa/Nej\tDato for godkendelse',
        'Center for Økonomi, Økonomiforvaltningen\tJa\t28-05-2020',
        'HR-kredsen\tIkke relevant\t',
      ].join('\n'),
    );
    expect(consultationsOfGrid(r)).toEqual([
      {
        body: 'Center for Økonomi, Økonomiforvaltningen',
        answer: 'ja',
        date: '2020-05-28',
        text: '28-05-2020',
        sourceLine: 2,
      },
      { body: 'HR-kredsen', answer: null, date: null, text: 'Ikke relevant', sourceLine: 3 },
    ]);
  });
});

describe('affected administrations', () => {
  it('reads the checkbox grid with the names in their own cells', () => {
    const l = splitLines(
      [
        'Berørte forvaltninger:',
        '',
        '<input type="checkbox"/>\tØkonomiforvaltningen\t<input checked="" type="checkbox"/>\tSocialforvaltningen',
        '<input checked="" type="checkbox"/> Sundheds- og Omsorgsforvaltningen\t',
        '',
        'Angiv p/l:',
      ].join('\n'),
    );
    const w: Warning[] = [];
    expect(readAffected(l, 0, l.length, proposalWarner(w, 'BC01'))).toEqual([
      { administration: 'ØKF', checked: false },
      { administration: 'SOF', checked: true },
      { administration: 'SUF', checked: true },
    ]);
    expect(w).toEqual([]);
  });

  it('says so when the boxes were lost and only the names are left', () => {
    const l = splitLines(
      'Berørte forvaltninger:\n\nØkonomiforvaltningen\nSocialforvaltningen\n\n1. Beskrivelse af forslag',
    );
    const w: Warning[] = [];
    expect(readAffected(l, 0, l.length, proposalWarner(w, 'BC01')).map((a) => a.administration)).toEqual([
      'ØKF',
      'SOF',
    ]);
    expect(w.map((x) => [x.code, x.sourceLine, x.proposalRef])).toEqual([['affected.boxes-lost', 1, 'BC01']]);
  });
});

describe('a Ja/Nej question with boxes', () => {
  const question = /udspringeraf(et)?innovationsforslag/;
  const read = (text: string, w: Warning[] = []) => {
    const l = splitLines(text);
    return readYesNo(
      l,
      l.map((_, i) => i),
      question,
      'udspringer af et innovationsforslag',
      proposalWarner(w, 'BC01'),
    );
  };

  it('is null with a warning when the choice was lost, a template placeholder being no answer', () => {
    const w: Warning[] = [];
    expect(
      read('Her angives om forslaget udspringer af et innovationsforslag:\n\nJa [Angiv titel]\n\nNej', w),
    ).toBeNull();
    expect(w.map((x) => [x.code, x.sourceLine])).toEqual([['checkbox.lost', 1]]);
  });

  it('reads a marked choice, HTML checkboxes as well as ☐/☒', () => {
    expect(read('Her angives om forslaget udspringer af et innovationsforslag:\n☐ Ja\n☒ Nej')).toBe(false);
    expect(
      read(
        'Forslaget udspringer af et innovationsforslag:\n<input checked="" type="checkbox"/> Ja\n<input type="checkbox"/> Nej',
      ),
    ).toBe(true);
  });

  it('says so when both boxes or neither are ticked', () => {
    const w: Warning[] = [];
    expect(read('Forslaget udspringer af et innovationsforslag:\n☒ Ja\n☒ Nej', w)).toBeNull();
    expect(w.map((x) => [x.code, x.params?.both])).toEqual([['checkbox.both-or-none', true]]);
  });
});

describe('risk', () => {
  it('takes the level word from the start, or from the sentence that assesses the overall risk', () => {
    const text =
      'Der er en mindre risiko for forsinkelse. Risikoen vurderes at være lille.\nDen samlede risiko i projektet vurderes af KEID som lav.';
    expect(readRisk({ heading: 'Risikovurdering', text, sourceLine: 9 })).toEqual({
      level: 'Lav',
      text,
      sourceLine: 9,
    });
    expect(
      readRisk({ heading: 'Risikovurdering', text: 'Lav til m idde l. Der er …', sourceLine: 1 }).level,
    ).toBe('Lav til middel');
    expect(
      readRisk({ heading: 'Risikovurdering', text: 'Der er ingen større risici.', sourceLine: 1 }).level,
    ).toBeNull();
  });
});
