import CopyPlus from 'lucide-glyph:copy-plus';
import Group from 'lucide-glyph:group';
import Trash2 from 'lucide-glyph:trash';
import { EDGE_KINDS, EDGE_KIND_LABELS } from '../domain/board';
import { CATALOG, getKind } from '../domain/catalog';
import { STEPS, getStep } from '../domain/framework';
import { ICONS } from '../canvas/icons';
import { runAction } from '../actions/actions';
import { pickEdgeKind } from '../store/arrow-kind';
import { commit, useBoardStore } from '../store/board-store';
import { useSelection, type Selection } from '../store/selection';
import { changeKind, renameBoard, setEdge, setNodeData, setNodeField } from '../store/edits';
import { isViewing, useRoomStore } from '../room/status';

const COMPONENT_KINDS = CATALOG.filter((k) => k.family === 'component');
import { GestureField } from './GestureField';

/** What is selected, as a string so the inspector re-renders only when what it shows changes. */
function selectionKey({ nodes, edges }: Selection): string {
  if (nodes.size + edges.size === 0) return 'none';
  if (nodes.size + edges.size > 1) return `many:${nodes.size}:${edges.size}`;
  return nodes.size ? `node:${[...nodes][0]}` : `edge:${[...edges][0]}`;
}

export function Inspector() {
  const key = useSelection(selectionKey);
  const [what, id, more] = key.split(':');
  // A viewer in a live room sees every field, and can change none.
  const viewing = useRoomStore(isViewing);
  return (
    <fieldset className="inspector-fields" disabled={viewing}>
      {viewing ? <p className="inspector-hint inspector-viewing">You are viewing this room: the board is not yours to change.</p> : null}
      {what === 'node' ? <NodeInspector key={id} id={id} /> : null}
      {what === 'edge' ? <EdgeInspector key={id} id={id} /> : null}
      {what === 'many' ? <ManyInspector nodes={Number(id)} edges={Number(more)} /> : null}
      {what === 'none' ? <BoardInspector /> : null}
    </fieldset>
  );
}

function NodeInspector({ id }: { id: string }) {
  const type = useBoardStore((s) => s.board.nodes.find((n) => n.id === id)?.type);
  const data = useBoardStore((s) => s.board.nodes.find((n) => n.id === id)?.data);
  if (!type || !data) return null;
  const kind = getKind(type);
  const Icon = ICONS[kind.icon];
  return (
    <div className="inspector-body">
      <header className={`inspector-head step-${kind.step ?? 'none'}`}>
        <Icon className="mlsd-node-icon" size={16} strokeWidth={1.8} aria-hidden />
        <div>
          <h2>{kind.label}</h2>
          <p>{kind.step ? `Step ${getStep(kind.step).number}: ${getStep(kind.step).title}` : kind.description}</p>
        </div>
      </header>
      <GestureField id="inspector-label" label={kind.family === 'note' ? 'Title' : 'Label'} value={data.label} onChange={(label) => commit((b) => setNodeData(b, id, { label }))} />
      {kind.family === 'component' ? (
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={type} onChange={(e) => commit((b) => changeKind(b, id, e.target.value))}>
            {STEPS.map((step) => (
              <optgroup key={step.id} label={`${step.number}. ${step.short}`}>
                {COMPONENT_KINDS.filter((k) => k.step === step.id).map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      ) : null}
      {kind.fields.map((f) => (
        <GestureField
          key={f.key}
          id={`field-${f.key}`}
          label={f.label}
          value={data.fields[f.key] ?? ''}
          multiline={f.type === 'longtext'}
          placeholder={f.placeholder}
          suggestions={f.suggestions}
          options={f.options}
          onChange={(value) => commit((b) => setNodeField(b, id, f.key, value))}
        />
      ))}
      <GestureField id="inspector-notes" label="Notes" value={data.notes} multiline placeholder="Trade-offs, talking points…" onChange={(notes) => commit((b) => setNodeData(b, id, { notes }))} />
      <p className="inspector-hint">{kind.description}</p>
    </div>
  );
}

function EdgeInspector({ id }: { id: string }) {
  const edge = useBoardStore((s) => s.board.edges.find((e) => e.id === id));
  const source = useBoardStore((s) => s.board.nodes.find((n) => n.id === edge?.source)?.data.label);
  const target = useBoardStore((s) => s.board.nodes.find((n) => n.id === edge?.target)?.data.label);
  if (!edge) return null;
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <div>
          <h2>Connection</h2>
          <p>
            {source || 'Unnamed'} {edge.data.bidirectional ? '↔' : '→'} {target || 'Unnamed'}
          </p>
        </div>
      </header>
      <GestureField id="inspector-label" label="Label" value={edge.data.label} placeholder="e.g. billions → thousands" onChange={(label) => commit((b) => setEdge(b, id, { data: { label } }))} />
      <fieldset className="field">
        <legend className="field-label">Kind</legend>
        {EDGE_KINDS.map((k) => (
          <label key={k} className={`choice edge-choice edge-${k}`}>
            <input type="radio" name="edge-kind" checked={edge.type === k} onChange={() => pickEdgeKind(id, k)} />
            <svg width="36" height="8" aria-hidden>
              <line x1="0" y1="4" x2="36" y2="4" className={`mlsd-edge-sample edge-${k}`} />
            </svg>
            {EDGE_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={!!edge.data.bidirectional} onChange={(e) => commit((b) => setEdge(b, id, { data: { bidirectional: e.target.checked } }))} />
        Two-way (↔)
      </label>
    </div>
  );
}

function ManyInspector({ nodes, edges }: { nodes: number; edges: number }) {
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <div>
          <h2>{nodes + edges} items selected</h2>
          <p>
            {nodes} component{nodes === 1 ? '' : 's'}, {edges} connection{edges === 1 ? '' : 's'}
          </p>
        </div>
      </header>
      <div className="button-row">
        <button type="button" onClick={() => runAction('group')}>
          <Group size={14} aria-hidden /> Group
        </button>
        <button type="button" onClick={() => runAction('duplicate')}>
          <CopyPlus size={14} aria-hidden /> Duplicate
        </button>
        <button type="button" className="danger" onClick={() => runAction('delete')}>
          <Trash2 size={14} aria-hidden /> Delete
        </button>
      </div>
    </div>
  );
}

function BoardInspector() {
  const name = useBoardStore((s) => s.board.name);
  const counts = useBoardStore((s) => `${s.board.nodes.length} nodes, ${s.board.edges.length} connections`);
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <div>
          <h2>Board</h2>
          <p>{counts}</p>
        </div>
      </header>
      <GestureField id="board-name" label="Board name" value={name} onChange={(name) => commit((b) => renameBoard(b, name))} />
      <p className="inspector-hint">
        Select a component to edit it. Drag from a handle to connect; Shift-drag to select several; double-click to rename.
      </p>
    </div>
  );
}
