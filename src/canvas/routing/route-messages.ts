// What the route worker answers a job with: every arrow's route and label box, and how long it took (or why not).
import type { RoutedArrow } from '../../domain/routing/route-board';

export type RouteReply = { seq: number; routes: [string, RoutedArrow][]; ms: number } | { seq: number; error: string };
