import type { EditorBoard, FlowEdge, FlowNode } from './types';

// View state (selection, measurement, dragging flag) is not part of the document: it is neither an undo step
// nor a reason to save.
function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.type === b.type &&
      a.data === b.data &&
      a.parentId === b.parentId &&
      a.width === b.width &&
      a.height === b.height &&
      a.position.x === b.position.x &&
      a.position.y === b.position.y)
  );
}

function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.source === b.source &&
      a.target === b.target &&
      a.sourceHandle === b.sourceHandle &&
      a.targetHandle === b.targetHandle &&
      a.type === b.type &&
      a.data === b.data)
  );
}

function sameList<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

export function sameDocument(a: EditorBoard, b: EditorBoard): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.name === b.name &&
      a.caseStudy === b.caseStudy &&
      a.comments === b.comments &&
      sameList(a.nodes, b.nodes, sameNode) &&
      sameList(a.edges, b.edges, sameEdge))
  );
}
