// Shortcut strings like "Mod+Shift+Z": Mod is ⌘ on Apple keyboards and Ctrl elsewhere.
export const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

type Chord = { mod: boolean; shift: boolean; alt: boolean; key: string };

function parse(shortcut: string): Chord {
  const parts = shortcut.split('+');
  // "+" alone and "Mod++" are the plus key.
  const key = shortcut === '+' || shortcut.endsWith('++') ? '+' : parts[parts.length - 1];
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: key.toLowerCase() };
}

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const chord = parse(shortcut);
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  if (chord.mod !== mod || chord.alt !== event.altKey) return false;
  const key = event.key.toLowerCase();
  // Symbols such as ? and + need Shift on many layouts: their Shift state is not part of the chord.
  const isLetterOrNamed = /^[a-z0-9]$/.test(chord.key) || chord.key.length > 1;
  if (isLetterOrNamed && chord.shift !== event.shiftKey) return false;
  return key === chord.key || (chord.key.length === 1 && /^[0-9]$/.test(chord.key) && event.code === `Digit${chord.key}`);
}

export function formatShortcut(shortcut: string): string {
  const chord = parse(shortcut);
  const parts: string[] = [];
  if (chord.mod) parts.push(IS_APPLE ? '⌘' : 'Ctrl');
  if (chord.alt) parts.push(IS_APPLE ? '⌥' : 'Alt');
  if (chord.shift) parts.push(IS_APPLE ? '⇧' : 'Shift');
  const names: Record<string, string> = { delete: 'Del', backspace: '⌫', escape: 'Esc', ' ': 'Space', contextmenu: 'Menu' };
  parts.push(names[chord.key] ?? (chord.key.length === 1 || /^f\d+$/.test(chord.key) ? chord.key.toUpperCase() : chord.key[0].toUpperCase() + chord.key.slice(1)));
  return parts.join(IS_APPLE ? '' : '+');
}

export function isTextInput(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' ||
    (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type));
}
