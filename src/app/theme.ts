import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';

const query = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function subscribe(callback: () => void): () => void {
  query?.addEventListener('change', callback);
  return () => query?.removeEventListener('change', callback);
}

/** The theme in force: the user's choice, or the system's when the choice is "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, () => query?.matches ?? false, () => false);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', theme === 'dark' ? '#15171c' : '#f7f7f5');
  }, [theme]);
  return theme;
}
