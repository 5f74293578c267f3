import { useEffect, useRef } from 'react';
import X from 'lucide-glyph:x';
import { ACTIONS, type ActionGroup, type ActionId } from '../actions/actions';
import { useActionStates } from '../actions/useActionState';
import { formatShortcut } from '../actions/keys';
import { useAppStore } from '../store/app-store';
import './help.css';

const GROUPS: ActionGroup[] = ['Board', 'Edit', 'Arrange', 'View', 'Help'];
const KEYS: [string, string][] = [
  ['Tab', 'From "Skip to the board" to the canvas; in the palette, arrow keys and Enter add'],
  ['Arrow keys', 'Go to the nearest node that way'],
  ['Alt + arrow keys', 'Go along an arrow to the node it joins'],
  ['Ctrl + arrow keys, Space', 'Select several: go on keeping the selection; Space adds the node'],
  ['Shift + arrow keys', 'Move the selected nodes'],
  ['Alt+1 / Alt+2 / Alt+3', 'Arrow kind, in the "Connect to…" box'],
  ['Esc', 'Close a menu or dialog; the focus goes back where it was'],
];
const GESTURES: [string, string][] = [
  ['Drag from the palette', 'Add a component where you drop it (mouse, pen or finger)'],
  ['Drag from a handle to a node', 'Connect two components (to the nearest side)'],
  ['Drag an end of a selected arrow', 'Connect it elsewhere'],
  ['Right-click / long press', 'Actions for what is under the pointer'],
  ['Shift + drag', 'Select with a box'],
  ['Shift + click', 'Add to the selection'],
  ['Double-click', 'Rename the component in the inspector'],
  ['Scroll / pinch', 'Zoom'],
  ['Drag the background', 'Pan'],
];
const WITH_KEYS = ACTIONS.filter((a) => a.keys?.length);
const IDS: ActionId[] = WITH_KEYS.map((a) => a.id);

function Rows({ rows }: { rows: [string, string][] }) {
  return (
    <dl>
      {rows.map(([keys, effect]) => (
        <div key={keys} className="help-row">
          <dt>{effect}</dt>
          <dd>
            <kbd>{keys}</kbd>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every shortcut, read from the action table. */
export function HelpDialog() {
  const close = () => useAppStore.setState({ dialog: null });
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  // Greyed out and ticked as the toolbar and the menus show them, from the action table.
  const states = useActionStates(IDS);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <header role="none">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button ref={closeButton} type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        <div className="help-grid">
          {GROUPS.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {WITH_KEYS.filter((a) => a.group === group).map((a) => (
                  <div key={a.id} className={states.get(a.id)?.enabled === false ? 'help-row is-unavailable' : 'help-row'}>
                    <dt>
                      {a.label}
                      {states.get(a.id)?.checked ? <span className="help-state"> (on)</span> : null}
                      {states.get(a.id)?.enabled === false ? <span className="help-state"> (nothing to act on now)</span> : null}
                    </dt>
                    <dd>
                      {a.keys!.map((k) => (
                        <kbd key={k}>{formatShortcut(k)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section>
            <h3>Keyboard</h3>
            <Rows rows={KEYS} />
          </section>
          <section>
            <h3>Pointer and touch</h3>
            <Rows rows={GESTURES} />
          </section>
        </div>
      </div>
    </div>
  );
}
