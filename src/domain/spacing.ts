// Spacing shared by auto-layout, templates, patterns and the scaffold, so every board is laid out alike.

/** Room at the top of a pipeline group for its title. */
export const GROUP_HEADER = 44;
/** Room between a group's border and its children on the other three sides. */
export const GROUP_PADDING = 24;
/** Gap between two nodes side by side in one rank (dagre's nodesep). */
export const NODE_GAP = 28;
/** Gap between two ranks of a flow (dagre's ranksep). */
export const RANK_GAP = 64;
/** Gap between pipeline groups, and between unconnected parts of a board. */
export const BLOCK_GAP = 48;
/** A flow longer than this wraps into bands: rows for a left-to-right flow, columns for a top-to-bottom one. */
export const WRAP_LENGTH = { LR: 2500, TB: 1600 } as const;
