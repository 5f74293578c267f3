import { useState } from 'react';
import { Braces, Copy, Download, GitFork, Image, Link, X } from 'lucide-react';
import { useAppStore } from '../store/app-store';
import { defaultImageOptions, type ImageOptions } from '../io/image-options';

const loadExport = () => import('../io/export-board');

/** Export the board: PNG or SVG (with the board inside), JSON, Mermaid, a share link. */
export function ExportDialog() {
  const close = () => useAppStore.setState({ dialog: null });
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [options, setOptions] = useState<ImageOptions>(defaultImageOptions);
  const set = (patch: Partial<ImageOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const run = (task: (m: Awaited<ReturnType<typeof loadExport>>) => unknown) => () => {
    close();
    void loadExport().then(task);
  };
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-narrow" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <header>
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
          <div className="button-row">
            <button type="button" className="primary" onClick={run((m) => m.exportImage(format, options))}>
              <Download size={15} aria-hidden /> Download {format.toUpperCase()}
            </button>
            {format === 'png' ? (
              <button type="button" onClick={run((m) => m.copyImage(options))}>
                <Copy size={14} aria-hidden /> Copy image
              </button>
            ) : null}
          </div>
        </section>
        <section className="export-section">
          <h3>Other formats</h3>
          <div className="button-row">
            <button type="button" onClick={run((m) => m.exportJson())}>
              <Braces size={14} aria-hidden /> Board file (JSON)
            </button>
            <button type="button" onClick={run((m) => m.copyMermaid())}>
              <GitFork size={14} aria-hidden /> Copy Mermaid
            </button>
            <button type="button" onClick={run((m) => m.copyShareLink())}>
              <Link size={14} aria-hidden /> Copy share link
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
