import { memo, useId } from 'react';
import { ViewportPortal } from '@xyflow/react';

/** How far the dots reach from the board's origin, in board units either way (a board lives well inside it). */
const REACH = 1_000_000;

/**
 * The canvas's dot grid, drawn once in board units inside the viewport, so a pan or a zoom step moves it with the
 * nodes and costs nothing of its own. React Flow's <Background> draws in screen units instead: it re-renders on
 * every step and rewrites its pattern's position, size and dot radius, each a style change of an SVG element and a
 * repaint of the whole pane (docs/benchmarks.md, session 10). The dots are where React Flow's were (a 1-unit dot
 * every 16 units, centred 7.5 units before each multiple of 16) and scale with the zoom as those did; drawn in
 * vectors, they stay sharp at any zoom. Beneath every edge and node (z-index -1 in the viewport's stacking context),
 * never in an exported image (src/io/render-image.ts).
 */
export const CanvasDots = memo(function CanvasDots() {
  const id = `mlsd-dots-${useId().replace(/:/g, '')}`;
  return (
    <ViewportPortal>
      <svg className="mlsd-dots" width="1" height="1" aria-hidden>
        <pattern id={id} x="-8" y="-8" width="16" height="16" patternUnits="userSpaceOnUse">
          <circle cx="0.5" cy="0.5" r="0.5" />
        </pattern>
        <rect x={-REACH} y={-REACH} width={2 * REACH} height={2 * REACH} fill={`url(#${id})`} />
      </svg>
    </ViewportPortal>
  );
});
