/**
 * Boards larger than this keep direct arrows. The router runs in a worker, so a larger board would not stall the
 * canvas, but its routes would come seconds after a drop (a 200-node board takes about a second to route).
 */
export const ROUTE_LIMIT = 250;
