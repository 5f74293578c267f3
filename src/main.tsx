import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import './canvas/canvas.css';
import './panels/panels.css';
import { App } from './app/App';
import { startPersistence } from './store/persistence';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startPersistence();
