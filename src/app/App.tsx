import { lazy, Suspense, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { useClipboardEvents, useShortcuts } from '../actions/useShortcuts';
import { notify, useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { CopyFallback, Progress } from '../panels/Overlays';
import { useFileDrop } from './useFileDrop';
import { RightPanel } from '../panels/RightPanel';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { Toolbar } from '../panels/Toolbar';
import { useResolvedTheme } from './theme';
import { importFile, importText } from '../io/import-board';
import { RenameField } from '../canvas/RenameField';
import { useFocusReturn } from './useFocusReturn';
import { useRoomStore } from '../room/status';

// The help and the gallery (with its templates) load when first opened. The find box is part of the first load:
// what is typed right after Ctrl+F must land in it.
const HelpDialog = lazy(() => import('../panels/HelpDialog').then((m) => ({ default: m.HelpDialog })));
// Dialogs open on demand, so they load on demand (the first load stays small).
const ExportDialog = lazy(() => import('../panels/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const FindDialog = lazy(() => import('../panels/FindDialog').then((m) => ({ default: m.FindDialog })));
const ContextMenu = lazy(() => import('../panels/ContextMenu').then((m) => ({ default: m.ContextMenu })));
const TemplateGallery = lazy(() => import('../panels/TemplateGallery').then((m) => ({ default: m.TemplateGallery })));
// A live room's bar and Invite dialog load with the room (src/collab).
const RoomUi = lazy(() => import('../collab/RoomUi').then((m) => ({ default: m.RoomUi })));

function EmptyBoardHint() {
  const empty = useBoardStore((s) => s.board.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint">
      <strong>An empty board</strong>
      <span>Drag components from the palette, or click one to add it here.</span>
      <button type="button" className="primary" onClick={() => useAppStore.setState({ dialog: 'templates' })}>
        Start from a template
      </button>
    </div>
  );
}

/** A paste that is not a piece of a board: a board file, an image with a board, a board JSON or a share link. */
function onPasteOther(data: DataTransfer): void {
  const file = data.files[0];
  if (file) void importFile(file);
  else {
    const text = data.getData('text/plain').trim();
    if (/^[{[]|^<(\?xml|svg)|board=/.test(text)) void importText(text);
    else if (text) notify('info', 'Paste a board file, an image exported from MLSD Board, or a share link to open it as a board.');
  }
}

function useDocumentTitle(): void {
  const name = useBoardStore((s) => s.board.name);
  useEffect(() => {
    document.title = name ? `${name} · MLSD Board` : 'MLSD Board';
  }, [name]);
}

export function App() {
  const theme = useResolvedTheme();
  useDocumentTitle();
  const ready = useAppStore((s) => s.ready);
  const panels = useAppStore((s) => s.panels);
  const dialog = useAppStore((s) => s.dialog);
  const room = useRoomStore((s) => s.room !== null);
  useShortcuts();
  useFocusReturn();
  useClipboardEvents(onPasteOther);
  const drop = useFileDrop();
  return (
    <ReactFlowProvider>
      <div className="app" data-ready={ready}>
        <Toolbar />
        <main className="workspace">
          {panels.palette ? <Palette /> : null}
          <section id="board" tabIndex={-1} className={drop.active ? 'canvas drop-target' : 'canvas'} aria-label="Board" {...drop.handlers}>
            {ready ? <Canvas colorMode={theme} /> : <p className="loading">Opening your boards…</p>}
            {ready ? <EmptyBoardHint /> : null}
            {room ? (
              <Suspense fallback={null}>
                <RoomUi />
              </Suspense>
            ) : null}
          </section>
          {panels.inspector ? <RightPanel /> : null}
        </main>
        <Notices />
        <RenameField />
        <Suspense fallback={null}>
          {dialog === 'find' || dialog === 'connect' ? <FindDialog key={dialog} connect={dialog === 'connect'} /> : null}
          {dialog === 'help' ? <HelpDialog /> : null}
          {dialog === 'export' ? <ExportDialog /> : null}
          {dialog === 'templates' ? <TemplateGallery /> : null}
          <ContextMenu />
        </Suspense>
        <Progress />
        <CopyFallback />
      </div>
    </ReactFlowProvider>
  );
}
