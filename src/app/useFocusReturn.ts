import { useEffect } from 'react';
import { useAppStore, type AppState } from '../store/app-store';

const isOpen = (s: AppState) => !!(s.dialog || s.menu || s.renaming);

/** Where the focus was, as an element and (for a node, which the canvas may redraw) the node's id. */
type Place = { element: HTMLElement | null; nodeId: string | undefined };

function here(): Place {
  const element = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  return { element, nodeId: element?.closest<HTMLElement>('.react-flow__node')?.dataset.id };
}

/**
 * After every menu and dialog closes, the focus goes back where it was (a node, a toolbar button), else to the
 * selected node, else to the board; never to the page's body.
 */
export function useFocusReturn(): void {
  useEffect(() => {
    let before: Place | null = null;
    let wasOpen = isOpen(useAppStore.getState());
    // Where the focus last was while nothing was open: at the moment a menu opens, it may have moved already.
    let last: Place = here();
    const track = () => {
      if (!isOpen(useAppStore.getState())) last = here();
    };
    document.addEventListener('focusin', track);
    const unsubscribe = useAppStore.subscribe((s) => {
      const open = isOpen(s);
      if (open && !wasOpen) before = last;
      else if (!open && wasOpen) {
        const place = before;
        before = null;
        // After the dialog's own effects (it may move the focus itself, as Find does to the node it found).
        requestAnimationFrame(() => requestAnimationFrame(() => restore(place)));
      }
      wasOpen = open;
    });
    // The focused element went away (a node deleted or regrouped, a button that is no longer drawn): the focus
    // goes to the selected node or the board, not to the page's body.
    let focused: Element | null = null;
    const watch = () => {
      focused = document.activeElement;
    };
    document.addEventListener('focusin', watch);
    const observer = new MutationObserver(() => {
      if (document.activeElement === document.body && focused && !focused.isConnected && !isOpen(useAppStore.getState())) {
        focused = null;
        requestAnimationFrame(() => restore(null));
      }
    });
    observer.observe(document.getElementById('root') ?? document.body, { childList: true, subtree: true });
    return () => {
      unsubscribe();
      observer.disconnect();
      document.removeEventListener('focusin', track);
      document.removeEventListener('focusin', watch);
    };
  }, []);
}

function restore(place: Place | null): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return; // something already has it
  if (place?.element?.isConnected) return place.element.focus({ preventScroll: true });
  const nodeId = place?.nodeId ?? document.querySelector<HTMLElement>('.react-flow__node.selected')?.dataset.id;
  const node = nodeId && document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
  if (node) node.focus({ preventScroll: true });
  else document.getElementById('board')?.focus({ preventScroll: true });
}
