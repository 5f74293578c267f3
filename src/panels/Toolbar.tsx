import { CloudOff, Check, Loader } from 'lucide-react';
import { useAppStore } from '../store/app-store';
import { ActionButton } from './ActionButton';
import { BoardMenu } from './BoardMenu';

function SaveStatus() {
  const save = useAppStore((s) => s.save);
  if (save.state === 'error') {
    return (
      <span className="save-status is-error" role="alert" title={save.message}>
        <CloudOff size={14} aria-hidden /> Not saved
      </span>
    );
  }
  return (
    <span className="save-status" aria-live="polite">
      {save.state === 'saving' ? <Loader size={14} aria-hidden /> : <Check size={14} aria-hidden />}
      {save.state === 'saving' ? 'Saving…' : 'Saved'}
    </span>
  );
}

export function Toolbar() {
  const snap = useAppStore((s) => s.snapToGrid);
  const panels = useAppStore((s) => s.panels);
  const rightTab = useAppStore((s) => s.rightTab);
  return (
    <header className="toolbar">
      <div className="toolbar-start">
        <ActionButton id="toggle-palette" pressed={panels.palette} />
        <span className="brand" aria-hidden>
          MLSD Board
        </span>
        <BoardMenu />
        <SaveStatus />
      </div>
      <nav className="toolbar-tools" aria-label="Tools">
        <ActionButton id="undo" />
        <ActionButton id="redo" />
        <span className="toolbar-sep" />
        <ActionButton id="add-note" />
        <ActionButton id="group" />
        <ActionButton id="ungroup" />
        <ActionButton id="duplicate" />
        <ActionButton id="delete" />
        <span className="toolbar-sep" />
        <ActionButton id="layout-lr" />
        <ActionButton id="layout-tb" />
        <ActionButton id="fit-view" />
        <ActionButton id="find" />
        <ActionButton id="toggle-snap" pressed={snap} />
      </nav>
      <div className="toolbar-end">
        <ActionButton id="templates" text />
        <ActionButton id="practice" />
        <ActionButton id="open-file" />
        <ActionButton id="export" />
        <span className="toolbar-sep" />
        <ActionButton id="toggle-theme" />
        <ActionButton id="help" />
        <ActionButton id="toggle-checklist" pressed={panels.inspector && rightTab === 'check'} />
        <ActionButton id="toggle-inspector" pressed={panels.inspector && rightTab === 'inspect'} />
      </div>
    </header>
  );
}
