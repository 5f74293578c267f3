// The app proper, imported by the entry (src/main.tsx) once it has started reading the database: renders the app
// and starts persistence; once the stored boards are read, opens a share link and registers the service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startPersistence } from '../store/persistence';
import { importFromLocation } from '../io/import-board';
import { notify } from '../store/app-store';
import { hasSavedPracticeSession } from '../practice/session-key';
import { joinRoomFromLocation } from '../room/status';

const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 1000);

/**
 * The worker's install precaches the whole app (templates and lazy chunks included), which competes with the
 * first render on a small machine: register it when the browser is idle after the board is open.
 */
function registerServiceWorker(): void {
  void import('virtual:pwa-register').then(({ registerSW }) => {
    // A new version is installed: it takes over when the user says so (the board is saved as it is edited).
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => notify('info', 'A new version of MLSD Board is ready.', { label: 'Reload', run: () => void update(true) }, 0),
    });
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// A share link opens as a new board once the stored boards are read.
void startPersistence().then(async () => {
  whenIdle(registerServiceWorker);
  await importFromLocation();
  // A room link (#room=…&token=…) joins the room; its code loads only then.
  joinRoomFromLocation();
  // An interview in progress when the page was left carries on; practice mode loads only then.
  if (hasSavedPracticeSession()) void import('../practice/mount').then((m) => m.resumePractice());
});
addEventListener('hashchange', () => {
  void importFromLocation();
  joinRoomFromLocation();
});
