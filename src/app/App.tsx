import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { useClipboardEvents, useShortcuts } from '../actions/useShortcuts';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { HelpDialog } from '../panels/HelpDialog';
import { Inspector } from '../panels/Inspector';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { Toolbar } from '../panels/Toolbar';
import { useResolvedTheme } from './theme';

function EmptyBoardHint() {
  const empty = useBoardStore((s) => s.board.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint" aria-hidden>
      <strong>An empty board</strong>
      <span>Drag components from the palette, or click one to add it here.</span>
    </div>
  );
}

export function App() {
  const theme = useResolvedTheme();
  const ready = useAppStore((s) => s.ready);
  const panels = useAppStore((s) => s.panels);
  const dialog = useAppStore((s) => s.dialog);
  useShortcuts();
  useClipboardEvents();
  return (
    <ReactFlowProvider>
      <div className="app" data-ready={ready}>
        <Toolbar />
        <main className="workspace">
          {panels.palette ? <Palette /> : null}
          <section className="canvas" aria-label="Board">
            {ready ? <Canvas colorMode={theme} /> : <p className="loading">Opening your boards…</p>}
            {ready ? <EmptyBoardHint /> : null}
          </section>
          {panels.inspector ? <Inspector /> : null}
        </main>
        <Notices />
        {dialog === 'help' ? <HelpDialog /> : null}
      </div>
    </ReactFlowProvider>
  );
}
