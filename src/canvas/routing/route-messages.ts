// What the route worker answers a job with: the routes and label boxes that changed since its last answer (all of
// them after a whole board), the arrows gone, and how long it took (or why not).
import type { RouteChanges } from '../../domain/routing/engine';

export type RouteReply = ({ seq: number; ms: number } & RouteChanges) | { seq: number; error: string };
