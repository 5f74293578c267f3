// Whether two boards hold the same document (view state aside): derived from the board's declared fields, in
// src/domain/board/fields.ts. Kept here for the store's callers (persistence decides what to save by it).
export { sameDocument } from '../domain/board';
