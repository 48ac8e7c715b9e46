import { describe, expect, it } from 'vitest';
import { eventsSince } from './conflict';

describe('eventsSince', () => {
  const change = { phone: { before: '0912345678', after: '0987654321' } };

  it('keeps the writes after the version I started from, not the one that made it', () => {
    const events = [
      { at: '2026-12-02T05:10:00.120Z', action: 'intellectual.update', changes: change },
      { at: '2026-12-02T05:00:00.000Z', action: 'intellectual.update', changes: change },
      { at: '2026-12-01T09:00:00.000Z', action: 'intellectual.create', changes: change },
    ];
    expect(eventsSince(events, '2026-12-02T05:00:00.000Z')).toEqual([events[0]]);
  });

  it('leaves out audited reads, which changed nothing', () => {
    const events = [
      { at: '2026-12-02T05:11:00.000Z', action: 'intellectual.read_restricted', changes: {} },
      { at: '2026-12-02T05:10:00.000Z', action: 'intellectual.update', changes: change },
    ];
    expect(eventsSince(events, '2026-12-02T05:00:00.000Z')).toEqual([events[1]]);
  });
});
