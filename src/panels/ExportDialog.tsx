import { useEffect, useRef, useState } from 'react';
import Copy from 'lucide-glyph:copy';
import Download from 'lucide-glyph:download';
import Image from 'lucide-glyph:image';
import X from 'lucide-glyph:x';
import { getAction, type ActionId } from '../actions/actions';
import { useActionState } from '../actions/useActionState';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { defaultImageOptions, type ImageOptions } from '../io/image-options';
import './export-dialog.css';

const loadExport = () => import('../io/export-board');

/** One of the table's export actions, greyed out as everywhere else (an empty board has nothing to export). */
function ExportAction({ id }: { id: ActionId }) {
  const action = getAction(id);
  const { enabled } = useActionState(id);
  const Icon = action.icon;
  return (
    <button
      type="button"
      aria-disabled={enabled ? undefined : true}
      onClick={() => {
        if (!enabled) return;
        useAppStore.setState({ dialog: null });
        action.run();
      }}
    >
      {Icon ? <Icon size={14} aria-hidden /> : null} {action.label}
    </button>
  );
}

/** Export the board: PNG or SVG (with the board inside), JSON, Mermaid, a share link. */
export function ExportDialog() {
  const close = () => useAppStore.setState({ dialog: null });
  // The focus moves into the dialog, on its first choice.
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.querySelector<HTMLElement>('input:checked')?.focus(), []);
  const { enabled: imageEnabled } = useActionState('copy-image');
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [options, setOptions] = useState<ImageOptions>(defaultImageOptions);
  const set = (patch: Partial<ImageOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const run = (task: (m: Awaited<ReturnType<typeof loadExport>>) => unknown) => () => {
    if (!imageEnabled) return;
    close();
    void loadExport().then(task);
  };
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={dialog} className="dialog dialog-narrow" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <header role="none">
          <h2 id="export-title">Export</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        <section className="export-section">
          <h3>
            <Image size={15} aria-hidden /> Image of the whole board
          </h3>
          <p className="inspector-hint">The image carries the board: open it in MLSD Board to keep editing.</p>
          <div className="segmented" role="radiogroup" aria-label="Image format">
            {(['png', 'svg'] as const).map((f) => (
              <label key={f}>
                <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} /> {f.toUpperCase()}
              </label>
            ))}
          </div>
          {format === 'png' ? (
            <div className="segmented" role="radiogroup" aria-label="Scale">
              {([1, 2, 3] as const).map((s) => (
                <label key={s}>
                  <input type="radio" name="scale" checked={options.scale === s} onChange={() => set({ scale: s })} /> {s}×
                </label>
              ))}
            </div>
          ) : null}
          <div className="segmented" role="radiogroup" aria-label="Theme">
            {(['light', 'dark'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name="theme" checked={options.theme === t} onChange={() => set({ theme: t })} /> {t === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </div>
          <label className="choice">
            <input type="checkbox" checked={options.background} onChange={(e) => set({ background: e.target.checked })} /> Background
          </label>
          {useBoardStore.getState().board.comments?.length ? (
            <label className="choice">
              <input type="checkbox" checked={options.comments} onChange={(e) => set({ comments: e.target.checked })} /> Include comments
            </label>
          ) : null}
          <div className="button-row">
            <button type="button" className="primary" aria-disabled={imageEnabled ? undefined : true} onClick={run((m) => m.exportImage(format, options))}>
              <Download size={15} aria-hidden /> Download {format.toUpperCase()}
            </button>
            {format === 'png' ? (
              <button type="button" aria-disabled={imageEnabled ? undefined : true} onClick={run((m) => m.copyImage(options))}>
                <Copy size={14} aria-hidden /> Copy image
              </button>
            ) : null}
          </div>
        </section>
        <section className="export-section">
          <h3>Other formats</h3>
          <div className="button-row">
            <ExportAction id="export-json" />
            <ExportAction id="copy-mermaid" />
            <ExportAction id="copy-link" />
          </div>
        </section>
      </div>
    </div>
  );
}
