/** Where an interview in progress is kept (localStorage), so a reload carries on with it. Read at boot. */
export const PRACTICE_SESSION_KEY = 'mlsd-practice-session';

/** True when an interview was in progress when the page was left (false when storage cannot be read). */
export function hasSavedPracticeSession(): boolean {
  try {
    return localStorage.getItem(PRACTICE_SESSION_KEY) !== null;
  } catch {
    return false;
  }
}
