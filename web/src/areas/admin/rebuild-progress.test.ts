import { describe, expect, it } from 'vitest';
import { rebuildProgress } from './rebuild-progress';

const idle = {
  index: 'intellectuals',
  documents: 1234,
  building: null,
  buildingDocuments: null,
  expectedDocuments: 1234,
  settingsHash: 'abc',
  backlog: 0,
  oldestPendingSeconds: null,
  parked: 0,
};

describe('a rebuild of the search index', () => {
  it('has no progress while none runs', () => {
    expect(rebuildProgress(idle)).toBeUndefined();
  });

  it('counts the documents written into the index being filled', () => {
    expect(rebuildProgress({ ...idle, building: 'intellectuals_1', buildingDocuments: 500 })).toEqual({
      done: 500,
      total: 1234,
      percent: 40,
    });
  });

  it('shows 100 % only once every document is written', () => {
    expect(rebuildProgress({ ...idle, building: 'b', buildingDocuments: 1233 })?.percent).toBe(99);
    expect(rebuildProgress({ ...idle, building: 'b', buildingDocuments: 1234 })?.percent).toBe(100);
  });

  it('starts at nothing while Meilisearch has not answered, and never passes 100 %', () => {
    expect(rebuildProgress({ ...idle, building: 'b', buildingDocuments: null })).toEqual({
      done: 0,
      total: 1234,
      percent: 0,
    });
    expect(rebuildProgress({ ...idle, building: 'b', buildingDocuments: 1300 })).toEqual({
      done: 1300,
      total: 1300,
      percent: 100,
    });
    expect(
      rebuildProgress({ ...idle, expectedDocuments: 0, building: 'b', buildingDocuments: 0 })?.percent,
    ).toBe(100);
  });
});
