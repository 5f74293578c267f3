import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';
import { subscribeHistory, useBoardStore } from '../store/board-store';
import { useSelection } from '../store/selection';
import { actionContext, getAction, isEnabled, subscribeRoom, type Action, type ActionId } from './actions';

function subscribe(onChange: () => void): () => void {
  const off = [useBoardStore.subscribe(onChange), useSelection.subscribe(onChange), useAppStore.subscribe(onChange), subscribeHistory(onChange), subscribeRoom(onChange)];
  return () => off.forEach((f) => f());
}

export type ActionState = { enabled: boolean; checked: boolean | undefined };

/** One number per state, so a button re-renders only when its own enabled or checked changes. */
const ENABLED = 1;
const CHECKED = 2;
const UNCHECKED = 4;

function stateBits(action: Action): number {
  const context = actionContext();
  const checked = action.checked?.(context);
  return (isEnabled(action, context) ? ENABLED : 0) | (checked === undefined ? 0 : checked ? CHECKED : UNCHECKED);
}

/** An action's `enabled` and `checked` now, re-read when the board, the selection, the app state or the undo history change. */
export function useActionState(id: ActionId): ActionState {
  const action = getAction(id);
  const bits = useSyncExternalStore(subscribe, () => stateBits(action));
  return { enabled: (bits & ENABLED) !== 0, checked: bits & CHECKED ? true : bits & UNCHECKED ? false : undefined };
}

/** The state of many actions at once (a menu), as one string key. */
export function useActionStates(ids: readonly ActionId[]): Map<ActionId, ActionState> {
  const key = useSyncExternalStore(subscribe, () => ids.map((id) => stateBits(getAction(id))).join(','));
  const bits = key ? key.split(',').map(Number) : [];
  return new Map(ids.map((id, i) => [id, { enabled: (bits[i] & ENABLED) !== 0, checked: bits[i] & CHECKED ? true : bits[i] & UNCHECKED ? false : undefined }]));
}
