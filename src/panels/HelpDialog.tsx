import { useEffect, useRef } from 'react';
import { X } from 'lucide-react';
import { ACTIONS, type ActionGroup } from '../actions/actions';
import { formatShortcut } from '../actions/keys';
import { useAppStore } from '../store/app-store';

const GROUPS: ActionGroup[] = ['Board', 'Edit', 'Arrange', 'View', 'Help'];
const GESTURES: [string, string][] = [
  ['Drag from the palette', 'Add a component where you drop it (mouse, pen or finger)'],
  ['Drag from a handle', 'Connect two components'],
  ['Drag an end of a selected arrow', 'Connect it elsewhere'],
  ['Right-click', 'Actions for what is under the pointer (align, with several nodes)'],
  ['Arrow keys', 'Move the selected nodes (Shift: further)'],
  ['Shift + drag', 'Select with a box'],
  ['Shift + click', 'Add to the selection'],
  ['Double-click', 'Rename the component'],
  ['Scroll / pinch', 'Zoom'],
  ['Drag the background', 'Pan'],
];

/** Every shortcut, read from the action table. */
export function HelpDialog() {
  const close = () => useAppStore.setState({ dialog: null });
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <header>
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
                {ACTIONS.filter((a) => a.group === group && a.keys?.length).map((a) => (
                  <div key={a.id} className="help-row">
                    <dt>{a.label}</dt>
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
            <h3>Canvas</h3>
            <dl>
              {GESTURES.map(([gesture, effect]) => (
                <div key={gesture} className="help-row">
                  <dt>{effect}</dt>
                  <dd>
                    <kbd>{gesture}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
