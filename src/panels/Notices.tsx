import X from 'lucide-glyph:x';
import { dismissAllNotices, dismissNotice, useAppStore } from '../store/app-store';

/** The newest notices shown in full; older ones fold into one line, so a stack never climbs over the board. */
const SHOWN = 3;

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const folded = notices.length - SHOWN;
  return (
    <div className="notices" role="status" aria-live="polite">
      {folded > 0 ? (
        <div className="notice notice-folded">
          <span>{folded === 1 ? '1 earlier notice' : `${folded} earlier notices`}</span>
          <button type="button" onClick={dismissAllNotices}>Dismiss all</button>
        </div>
      ) : null}
      {notices.slice(-SHOWN).map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <span>{n.text}</span>
          {n.action ? (
            <button type="button" onClick={() => { dismissNotice(n.id); n.action!.run(); }}>
              {n.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(n.id)}>
            <X size={14} aria-hidden />
          </button>
        </div>
      ))}
    </div>
  );
}
