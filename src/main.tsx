import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import './canvas/canvas.css';
import './panels/panels.css';
import { App } from './app/App';
import { startPersistence } from './store/persistence';
import { importFromLocation } from './io/import-board';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// A share link opens as a new board once the stored boards are read.
void startPersistence().then(importFromLocation);
addEventListener('hashchange', () => void importFromLocation());
