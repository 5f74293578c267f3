import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { ACTIONS, actionContext, isEnabled, runAction } from './actions';
import { pasteText, selectionAsText } from './clipboard';
import { isTextInput, matchesShortcut } from './keys';

/** The focus is on the board (a node, an edge, the canvas) or nowhere in particular. */
function isOnBoard(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !el || el === document.body || !!el.closest?.('.react-flow, #board');
}

/** Keyboard shortcuts from the action table, ignored while the user types in a field; greyed-out actions do nothing. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextInput(event.target)) return;
      if (event.key === 'Escape' && useAppStore.getState().dialog) {
        useAppStore.setState({ dialog: null });
        return;
      }
      const onBoard = isOnBoard(event.target);
      for (const action of ACTIONS) {
        if (!action.keys?.some((k) => matchesShortcut(event, k))) continue;
        if (action.boardKeys && !onBoard) continue; // Enter on a button presses the button
        if (action.native) return; // the browser's copy / cut / paste event follows
        event.preventDefault();
        if (isEnabled(action, actionContext())) action.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Copy, cut and paste through the system clipboard, so pieces move between boards, tabs and windows. */
export function useClipboardEvents(onPasteOther?: (data: DataTransfer) => void): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isTextInput(event.target) || !window.getSelection()?.isCollapsed) return;
      const text = selectionAsText();
      if (!text || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (cut) runAction('delete');
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (event: ClipboardEvent) => {
      if (isTextInput(event.target) || !event.clipboardData) return;
      event.preventDefault();
      const text = event.clipboardData.getData('text/plain');
      if (!(text && pasteText(text))) onPasteOther?.(event.clipboardData);
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [onPasteOther]);
}
