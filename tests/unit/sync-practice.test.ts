// The practice interview a room shares (src/sync/practice.ts): the message the server accepts, the state it writes
// with its own clock, and the check that no one but the server writes it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stepBudgets, viewTimer } from '../../src/domain/practice/pacing';
import { applyPracticeOp, parsePracticeMessage, PRACTICE_ROOT, readSharedPractice, writesPractice } from '../../src/sync/practice';

const budgets = stepBudgets(45);
const start = { type: 'mlsd:practice', op: 'start', problemId: 'payment-fraud', budgets, by: 'Ivy' };

describe('the practice message', () => {
  it('keeps only the known fields of a well-formed message', () => {
    expect(parsePracticeMessage(JSON.stringify({ ...start, since: 0, timer: { status: 'ended' } }))).toEqual(start);
    expect(parsePracticeMessage({ type: 'mlsd:practice', op: 'budget', step: 'data', minutes: 12, by: 'Ivy', spent: 1 }))
      .toEqual({ type: 'mlsd:practice', op: 'budget', step: 'data', minutes: 12, by: 'Ivy' });
    expect(parsePracticeMessage({ type: 'mlsd:practice', op: 'pause', by: '' })).toEqual({ type: 'mlsd:practice', op: 'pause', by: '' });
  });

  it('refuses what is malformed', () => {
    const bad: unknown[] = [
      'not json',
      { ...start, type: 'mlsd:comment' },
      { ...start, op: 'rewind' },
      { ...start, problemId: '../etc/passwd' },
      { ...start, budgets: { ...budgets, data: 1.5 } },
      { ...start, budgets: { ...budgets, data: -1 } },
      { ...start, budgets: { ...budgets, data: undefined } },
      { ...start, budgets: { requirements: 1, framing: 1, data: 0, model: 0, evaluation: 0, serving: 0, monitoring: 0 } },
      { ...start, budgets: { requirements: 180, framing: 1, data: 0, model: 0, evaluation: 0, serving: 0, monitoring: 0 } },
      { ...start, by: 'x'.repeat(101) },
      { type: 'mlsd:practice', op: 'step', step: 'lunch', by: 'Ivy' },
      { type: 'mlsd:practice', op: 'budget', step: 'data', minutes: 181, by: 'Ivy' },
      { type: 'mlsd:practice', op: 'pause' },
    ];
    for (const b of bad) expect(parsePracticeMessage(b)).toBeNull();
  });
});

describe('the shared clock', () => {
  it('runs on the server’s times: start, pause, resume, a step and a budget, end', () => {
    const doc = new Y.Doc();
    const t0 = 1_000_000;
    expect(applyPracticeOp(doc, parsePracticeMessage(start)!, t0)).toEqual({ ok: true });
    let shared = readSharedPractice(doc)!;
    expect(shared).toMatchObject({ problemId: 'payment-fraud', startedAt: t0, minutes: 45, by: 'Ivy', act: 'start' });
    // Any page shows the same time left for the same server time, whatever its own clock says.
    expect(viewTimer(shared.timer, t0 + 90_000).left).toBe(45 * 60_000 - 90_000);

    applyPracticeOp(doc, { op: 'pause', by: 'Ivy' }, t0 + 60_000);
    // Two people pressing pause at once: the second changes nothing and is not an error.
    expect(applyPracticeOp(doc, { op: 'pause', by: 'Cal' }, t0 + 61_000)).toEqual({ ok: true });
    shared = readSharedPractice(doc)!;
    expect(shared.timer.status).toBe('paused');
    expect(viewTimer(shared.timer, t0 + 600_000).elapsed).toBe(60_000);

    applyPracticeOp(doc, { op: 'resume', by: 'Cal' }, t0 + 600_000);
    applyPracticeOp(doc, { op: 'step', step: 'framing', by: 'Cal' }, t0 + 660_000);
    applyPracticeOp(doc, { op: 'budget', step: 'framing', minutes: 6, by: 'Ivy' }, t0 + 660_000);
    shared = readSharedPractice(doc)!;
    expect(shared).toMatchObject({ by: 'Ivy', act: 'budget' });
    expect(shared.timer.step).toBe('framing');
    expect(shared.timer.spent.requirements).toBe(120_000);
    expect(shared.timer.budgets.framing).toBe(6 * 60_000);
    // The interview keeps its length.
    expect(Object.values(shared.timer.budgets).reduce((a, b) => a + b, 0)).toBe(45 * 60_000);

    expect(applyPracticeOp(doc, { op: 'end', by: 'Ivy' }, t0 + 700_000)).toEqual({ ok: true });
    expect(readSharedPractice(doc)!.timer.status).toBe('ended');
    expect(applyPracticeOp(doc, { op: 'pause', by: 'Ivy' }, t0 + 701_000)).toMatchObject({ ok: false, message: 'this interview has ended.' });
    applyPracticeOp(doc, { op: 'clear', by: 'Ivy' }, t0 + 702_000);
    expect(readSharedPractice(doc)).toBeNull();
  });

  it('refuses a second start while one runs, and a change with no interview, changing nothing', () => {
    const doc = new Y.Doc();
    expect(applyPracticeOp(doc, { op: 'pause', by: 'Ivy' }, 5)).toMatchObject({ ok: false, message: 'no interview is running in this room.' });
    expect(doc.getMap(PRACTICE_ROOT).size).toBe(0);
    applyPracticeOp(doc, parsePracticeMessage(start)!, 10);
    const before = Y.encodeStateAsUpdate(doc);
    expect(applyPracticeOp(doc, parsePracticeMessage({ ...start, problemId: 'delivery-eta' })!, 20)).toMatchObject({ ok: false });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('tells an update that writes the practice map (set, overwrite, delete) from one that does not', () => {
    const server = new Y.Doc();
    applyPracticeOp(server, parsePracticeMessage(start)!, 10);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const changeOf = (f: () => void) => {
      const sv = Y.encodeStateVector(client);
      f();
      return Y.encodeStateAsUpdate(client, sv);
    };
    const board = changeOf(() => client.getMap('nodes').set('n1', new Y.Map()));
    expect(writesPractice(server, board)).toBe(false);
    expect(writesPractice(server, changeOf(() => client.getMap(PRACTICE_ROOT).set('session', { forged: true })))).toBe(true);
    expect(writesPractice(server, changeOf(() => client.getMap(PRACTICE_ROOT).set('other', 1)))).toBe(true);
    // Reset the client to the server's state, then try a deletion alone.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(other);
    other.getMap(PRACTICE_ROOT).delete('session');
    expect(writesPractice(server, Y.encodeStateAsUpdate(other, sv))).toBe(true);
    // A client that saw the practice state overwritten carries that deletion in every sync step: not a write.
    const server2 = new Y.Doc();
    applyPracticeOp(server2, parsePracticeMessage(start)!, 10);
    applyPracticeOp(server2, { op: 'pause', by: 'Ivy' }, 20);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, Y.encodeStateAsUpdate(server2));
    expect(writesPractice(server2, Y.diffUpdate(Y.encodeStateAsUpdate(seen), Y.encodeStateVector(server2)))).toBe(false);
    const text = new Y.Doc();
    Y.applyUpdate(text, Y.encodeStateAsUpdate(server));
    const sv2 = Y.encodeStateVector(text);
    text.getText('name').insert(0, 'Board');
    expect(writesPractice(server, Y.encodeStateAsUpdate(text, sv2))).toBe(false);
  });
});
