// The entry is small on purpose: it starts reading the stored boards from IndexedDB, then loads the app, so that
// the database opens and is read while React, React Flow and the app download and evaluate (the app's first
// render then has the board). The app's chunks are modulepreloaded from index.html (see vite.config.ts), so their
// download does not wait for this file to run.
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import './canvas/canvas.css';
import './panels/panels.css';
import { startReadingStorage } from './store/database';

startReadingStorage();
void import('./app/boot');
