import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followZoom, ZOOM_FOLLOW_MS } from '../../src/canvas/zoom-follow';

// A zoom step every 16 ms (a frame): what the zoom level's figure and the mini map see during a wheel or pinch zoom.
describe('followZoom', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  function zoom(steps: number, follower: ReturnType<typeof followZoom>, ran: number[], every = 16) {
    for (let i = 0; i < steps; i++) {
      follower.changed();
      vi.advanceTimersByTime(every);
    }
    return ran;
  }

  it('follows the first step at once, then at most every ZOOM_FOLLOW_MS, always with a step', () => {
    const ran: number[] = [];
    const follower = followZoom(() => ran.push(performance.now()));
    zoom(40, follower, ran); // 640 ms of zooming
    expect(ran[0]).toBe(0);
    expect(ran.length).toBeGreaterThanOrEqual(5);
    expect(ran.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < ran.length; i++) {
      expect(ran[i] - ran[i - 1]).toBeGreaterThanOrEqual(ZOOM_FOLLOW_MS);
      expect(ran[i] % 16).toBe(0); // in a step's own call, never from a timer between steps
    }
  });

  it('shows the last state once the zoom pauses, and only once', () => {
    const ran: number[] = [];
    const follower = followZoom(() => ran.push(performance.now()));
    zoom(10, follower, ran);
    const during = ran.length;
    vi.advanceTimersByTime(ZOOM_FOLLOW_MS);
    expect(ran.length).toBe(during + 1);
    vi.advanceTimersByTime(10 * ZOOM_FOLLOW_MS);
    expect(ran.length).toBe(during + 1);
  });

  it('runs at once on now() and drops the pending run; cancel() drops it too', () => {
    const ran: number[] = [];
    const follower = followZoom(() => ran.push(performance.now()));
    follower.changed();
    vi.advanceTimersByTime(10);
    follower.changed(); // too soon: pending
    follower.now(); // e.g. a pan step, drawn at once with the pending zoom
    expect(ran).toEqual([0, 10]);
    vi.advanceTimersByTime(5 * ZOOM_FOLLOW_MS);
    expect(ran).toEqual([0, 10]);
    vi.advanceTimersByTime(ZOOM_FOLLOW_MS);
    follower.changed();
    vi.advanceTimersByTime(10);
    follower.changed();
    follower.cancel();
    vi.advanceTimersByTime(5 * ZOOM_FOLLOW_MS);
    expect(ran.length).toBe(3);
  });
});
