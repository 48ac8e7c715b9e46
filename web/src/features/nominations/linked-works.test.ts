import { describe, expect, it } from 'vitest';
import { choicesOf, titlesOf, type LinkedWork } from './linked-works';

const paper = (id: string, title: string): LinkedWork => ({
  kind: 'publication',
  id,
  title,
  year: 2021,
  detail: 'Aquaculture',
});
const A = paper('a', 'Vaccination of Asian seabass');
const B = paper('b', 'Nuôi tôm hùm lồng bền vững');
const IP: LinkedWork = {
  kind: 'intellectual_property',
  id: 'c',
  title: 'Lồng chống sóng',
  year: 2020,
  detail: 'patent',
};

describe('choicesOf', () => {
  it('offers the visible works of the kind, then the linked ones no longer visible', () => {
    expect(choicesOf('publication', [A, IP], [B, A])).toEqual([A, B]);
    expect(choicesOf('intellectual_property', [A, IP], [])).toEqual([IP]);
  });

  it('keeps what is linked when nothing is visible (a private profile)', () => {
    expect(choicesOf('publication', [], [B])).toEqual([B]);
    expect(choicesOf('research_project', [], [B])).toEqual([]);
  });
});

describe('titlesOf', () => {
  it('names each id, leaving an unknown one as it is', () => {
    expect(titlesOf(['b', 'x'], [A, B])).toEqual(['Nuôi tôm hùm lồng bền vững', 'x']);
  });
});
