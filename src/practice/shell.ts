// Which practice dialog is open (the bank or the progress view), and the problem the bank opens on.
import { create } from 'zustand';

export type PracticeDialog = 'bank' | 'progress' | null;

export const usePracticeShell = create<{ dialog: PracticeDialog; problemId?: string }>(() => ({ dialog: null }));

/** Switches to another practice dialog from inside practice mode (already mounted). */
export function showPracticeDialog(dialog: Exclude<PracticeDialog, null>, problemId?: string): void {
  usePracticeShell.setState({ dialog, problemId });
}
