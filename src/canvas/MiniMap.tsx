import { useId, useLayoutEffect, useRef } from 'react';
import { Panel, useStore, useStoreApi } from '@xyflow/react';
import type { DrawnNode } from '../store/types';

/**
 * The mini map: every node in its step's colour, the view a clear window in the dimmed map; dragging in it moves the
 * view, the wheel zooms (React Flow's XYMinimap). A fifth of the canvas wide (96 to 200 px), 4:3, so it never takes
 * over a small canvas. React Flow's own <MiniMap> rendered through React, measured every node and rewrote an SVG path
 * (a layout) on each step of a pan or zoom; this one draws outside React (minimap-drawing.ts).
 */
export function BoardMiniMap() {
  const store = useStoreApi<DrawnNode>();
  const canvasWidth = useStore((s) => s.width);
  const panZoom = useStore((s) => s.panZoom);
  const width = Math.round(Math.min(200, Math.max(96, canvasWidth / 5)));
  const height = Math.round(width * 0.75);
  const svg = useRef<SVGSVGElement>(null);
  const nodes = useRef<SVGGElement>(null);
  const viewWindow = useRef<HTMLDivElement>(null);
  const title = useId();

  // The drawing loads on demand (minimap-drawing.ts), the frame at once: fitting a board on open keeps clear of it.
  useLayoutEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void import('./minimap-drawing').then(({ drawMiniMap }) => {
      if (!gone) stop = drawMiniMap(store, panZoom, [svg.current!, nodes.current!, viewWindow.current!], width, height);
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [store, panZoom, width, height]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap" style={{ width, height }}>
      <svg ref={svg} width={width} height={height} className="react-flow__minimap-svg" role="img" aria-labelledby={title}>
        <title id={title}>Mini map</title>
        <g ref={nodes} shapeRendering="crispEdges" />
      </svg>
      <div ref={viewWindow} className="mlsd-minimap-window" />
    </Panel>
  );
}
