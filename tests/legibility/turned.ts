// Judging a top-to-bottom layout with the measures made for a left-to-right one.
import type { Scene } from '../../src/domain/routing/measures';

/**
 * The scene turned a quarter (x and y swapped), so that the measures made for a left-to-right layout judge a
 * top-to-bottom one: "pointing back" becomes pointing up.
 */
export function turned(scene: Scene): Scene {
  const swap = <R extends { x: number; y: number; width: number; height: number }>(r: R): R => ({ ...r, x: r.y, y: r.x, width: r.height, height: r.width });
  return {
    ...scene,
    nodes: scene.nodes.map((n) => ({ ...n, box: swap(n.box) })),
    edges: scene.edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.y, y: p.x })), ...(e.label ? { label: swap(e.label) } : {}) })),
    ...(scene.titles ? { titles: scene.titles.map((t) => ({ ...t, box: swap(t.box) })) } : {}),
  };
}
