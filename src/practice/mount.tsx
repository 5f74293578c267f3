// Practice mode mounts itself when first opened, in a root of its own beside the app's, so the app shell carries
// none of it. Its overlay on the canvas is portalled into React Flow's viewport (GhostOverlay).
import { createRoot } from 'react-dom/client';
import { PracticeLayer } from './PracticeLayer';
import { resumeSession } from './session';
import { followRoomPractice } from './shared';
import { usePracticeShell, type PracticeDialog } from './shell';

let mounted = false;

function mount(): void {
  if (mounted) return;
  mounted = true;
  followRoomPractice();
  const host = document.createElement('div');
  host.className = 'practice-root';
  document.body.append(host);
  createRoot(host).render(<PracticeLayer />);
}

/** Opens a practice dialog; `problemId` opens the bank on that problem. */
export function openPractice(dialog: Exclude<PracticeDialog, null>, problemId?: string): void {
  usePracticeShell.setState({ dialog, problemId });
  mount();
}

/** Carries on with the interview that was in progress when the page was left. */
export async function resumePractice(): Promise<void> {
  if (await resumeSession()) mount();
}

/** A live room runs an interview: practice mode shows it (the room's problem and clock). */
export function showSharedPractice(): void {
  mount();
}
