import { namePathOf } from './form-errors';

describe('the name path of a server field problem', () => {
  it('reads both the dotted and the bracketed list index', () => {
    expect(namePathOf('rounds.1.deadline')).toEqual(['rounds', 1, 'deadline']);
    expect(namePathOf('rounds[1].deadline')).toEqual(['rounds', 1, 'deadline']);
    expect(namePathOf('categories[2]')).toEqual(['categories', 2]);
    expect(namePathOf('title')).toEqual(['title']);
  });
});
