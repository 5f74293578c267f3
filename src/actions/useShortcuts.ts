import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { ACTIONS } from './actions';
import { pasteText, selectionAsText } from './clipboard';
import { isTextInput, matchesShortcut } from './keys';

/** Keyboard shortcuts from the action table, ignored while the user types in a field. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextInput(event.target)) return;
      if (event.key === 'Escape' && useAppStore.getState().dialog) {
        useAppStore.setState({ dialog: null });
        return;
      }
      for (const action of ACTIONS) {
        if (!action.keys?.some((k) => matchesShortcut(event, k))) continue;
        if (action.native) return; // the browser's copy / cut / paste event follows
        event.preventDefault();
        action.run();
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
      if (cut) ACTIONS.find((a) => a.id === 'delete')!.run();
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
