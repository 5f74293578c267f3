// Bare React Flow: the benchmark's generated board drawn by React Flow alone (default nodes, 'group' nodes for the
// pipelines, default edges with the board's edge labels), controlled by useNodesState / useEdgesState and nothing else.
// URL: ?n=500 (board size) &w=&h= (canvas size in px) &x=&y=&zoom= (viewport; fits the board when absent).
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateBoard } from '../generate-board';
import { nodeSize } from '../../../src/domain/geometry';

const params = new URLSearchParams(location.search);
const num = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
const board = generateBoard(num('n') ?? 100);

const initialNodes: Node[] = board.nodes.map((n) => {
  const { width, height } = nodeSize(n);
  return {
    id: n.id,
    type: n.type === 'group' ? 'group' : 'default',
    position: n.position,
    parentId: n.parentId,
    data: { label: n.data.label },
    width,
    height,
  };
});
const initialEdges: Edge[] = board.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, label: e.data.label || undefined }));
const zoom = num('zoom');
const viewport = zoom === undefined ? undefined : { x: num('x') ?? 0, y: num('y') ?? 0, zoom };

// The runner finds the nodes by their index in the generated board.
(window as unknown as { benchIds: string[] }).benchIds = initialNodes.map((n) => n.id);

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width: num('w') ?? '100vw', height: num('h') ?? '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        minZoom={0.05}
        maxZoom={3}
        defaultViewport={viewport}
        fitView={!viewport}
        fitViewOptions={{ padding: 0.1, maxZoom: 1.2 }}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
