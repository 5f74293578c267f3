import { useEffect, useRef } from 'react';
import Loader from 'lucide-glyph:loader';
import X from 'lucide-glyph:x';
import { useAppStore } from '../store/app-store';

/** A slow task in progress: the page says so rather than seeming frozen. */
export function Progress() {
  const progress = useAppStore((s) => s.progress);
  const cancel = useAppStore((s) => s.cancelProgress);
  if (!progress) return null;
  return (
    <div className="dialog-backdrop progress" role="alertdialog" aria-live="assertive" aria-label={progress} onKeyDown={(e) => e.key === 'Escape' && cancel?.()}>
      <div className="dialog dialog-narrow progress-box">
        <Loader className="spin" size={18} aria-hidden /> {progress}
        {cancel ? (
          <button type="button" className="progress-cancel" autoFocus onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** When the browser refuses the clipboard, the text is shown selected, to copy by hand. */
export function CopyFallback() {
  const fallback = useAppStore((s) => s.copyFallback);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.select(), [fallback]);
  if (!fallback) return null;
  const close = () => useAppStore.setState({ copyFallback: null });
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-narrow" role="dialog" aria-modal="true" aria-labelledby="copy-title">
        <header role="none">
          <h2 id="copy-title">{fallback.title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        <p className="inspector-hint">The browser did not allow copying. Copy the text below.</p>
        <textarea ref={area} className="copy-text" readOnly value={fallback.text} aria-label={fallback.title} />
      </div>
    </div>
  );
}
