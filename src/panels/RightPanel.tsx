import { lazy, Suspense } from 'react';
import { useAppStore, type RightTab } from '../store/app-store';

// The checklist (and the validator behind it) loads when first shown. The inspector loads right after the first
// paint (it is not needed to draw the board), which keeps its kind-specific fields out of the first load.
const Checklist = lazy(() => import('./Checklist').then((m) => ({ default: m.Checklist })));
const Inspector = lazy(() => import('./Inspector').then((m) => ({ default: m.Inspector })));
const CommentsPanel = lazy(() => import('../comments/CommentsPanel').then((m) => ({ default: m.CommentsPanel })));

const TABS: { id: RightTab; label: string }[] = [
  { id: 'inspect', label: 'Inspect' },
  { id: 'check', label: 'Check' },
  { id: 'comments', label: 'Comments' },
];
const LABELS: Record<RightTab, string> = { inspect: 'Inspector', check: 'Checklist', comments: 'Comments' };

export function RightPanel() {
  const tab = useAppStore((s) => s.rightTab);
  return (
    <aside className="panel inspector" aria-label={LABELS[tab]}>
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
        ) : tab === 'comments' ? (
          <Suspense fallback={null}>
            <CommentsPanel />
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
