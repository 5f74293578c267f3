// What follows a zoom as it happens, other than the board itself: the zoom level's figure and the mini map. A wheel or
// a pinch zooms every frame; each new figure is a layout of the page and each new mini map scale a repaint of every
// rectangle in it. Ten times a second is as fast as either can be read, and the last state is drawn as soon as the
// zoom pauses (docs/benchmarks.md, session 10). Panning is followed every frame: it costs neither.

/** At most this often while a zoom goes on, in ms. */
export const ZOOM_FOLLOW_MS = 100;

export type Follower = {
  /** Something changed: `run` now if it has not run for ZOOM_FOLLOW_MS, otherwise once changes pause that long. */
  changed(): void;
  /** `run` now (a change that is followed at once), and forget a pending one. */
  now(): void;
  cancel(): void;
};

/**
 * Runs `run` on the first change, then on a change at least ZOOM_FOLLOW_MS after the last run, and once changes have
 * paused for ZOOM_FOLLOW_MS. Never from a timer while changes keep coming: a run in a frame of its own would cost a
 * whole frame (style, layout, paint and the compositor's pass over the page), more than the run saved; a run with a
 * zoom step shares that step's frame.
 */
export function followZoom(run: () => void, ms = ZOOM_FOLLOW_MS): Follower {
  let ran = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const now = () => {
    cancel();
    ran = performance.now();
    run();
  };
  return {
    changed() {
      if (performance.now() - ran >= ms) return now();
      cancel();
      timer = setTimeout(now, ms);
    },
    now,
    cancel,
  };
}
