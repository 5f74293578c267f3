import { lazy, Suspense } from 'react';
import { useAppStore, type RightTab } from '../store/app-store';
// The inspector is fetched as soon as the app starts, beside the canvas rather than before it (so a double-click
// that opens it finds it); the checklist (and the validator behind it) loads when first shown.
const inspector = import('./Inspector');
const Inspector = lazy(() => inspector.then((m) => ({ default: m.Inspector })));
const Checklist = lazy(() => import('./Checklist').then((m) => ({ default: m.Checklist })));

const TABS: { id: RightTab; label: string }[] = [
  { id: 'inspect', label: 'Inspect' },
  { id: 'check', label: 'Check' },
];

export function RightPanel() {
  const tab = useAppStore((s) => s.rightTab);
  return (
    <aside className="panel inspector" aria-label={tab === 'inspect' ? 'Inspector' : 'Checklist'}>
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            onClick={() => useAppStore.setState({ rightTab: t.id })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'inspect' ? (
          <Suspense fallback={null}>
            <Inspector />
          </Suspense>
        ) : (
          <Suspense fallback={<p className="panel-empty">Loading the checklist…</p>}>
            <Checklist />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
