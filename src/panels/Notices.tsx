import { X } from 'lucide-react';
import { dismissNotice, useAppStore } from '../store/app-store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
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
