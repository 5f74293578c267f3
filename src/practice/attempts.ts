// Attempts kept in their own IndexedDB database, apart from the boards, so the board library never reads them.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { readAttempt, type Attempt } from '../domain/practice';

let db: UseStore | undefined;
const store = (): UseStore => (db ??= createStore('mlsd-practice', 'attempts'));

export async function readAttempts(): Promise<Attempt[]> {
  const all = await entries(store());
  return all.map(([, v]) => readAttempt(v)).filter((a): a is Attempt => a !== null).sort((a, b) => a.date - b.date);
}

export async function saveAttempt(attempt: Attempt): Promise<void> {
  await set(attempt.id, attempt, store());
}

export async function deleteAttempt(id: string): Promise<void> {
  await del(id, store());
}
