// Each entry upgrades a file from version N to N + 1. A file is migrated step by step to BOARD_VERSION.
import { BOARD_VERSION } from './types';

type Json = Record<string, unknown>;
type Migration = (file: Json) => Json;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asRecord = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Version 1 was the flat draft format: nodes with kind/x/y/group, edges with from/to. */
function fromV1(file: Json): Json {
  return {
    ...file,
    version: 2,
    nodes: asArray(file.nodes).map((raw) => {
      const n = asRecord(raw);
      const node: Json = {
        id: n.id,
        type: n.kind,
        position: { x: n.x, y: n.y },
        data: { label: n.label, notes: n.notes, fields: n.fields },
      };
      if (n.group !== undefined) node.parentId = n.group;
      if (n.width !== undefined) node.width = n.width;
      if (n.height !== undefined) node.height = n.height;
      return node;
    }),
    edges: asArray(file.edges).map((raw) => {
      const e = asRecord(raw);
      return { id: e.id, source: e.from, target: e.to, type: e.kind, data: { label: e.label, bidirectional: e.twoWay } };
    }),
  };
}

export const MIGRATIONS: Record<number, Migration> = { 1: fromV1 };

export function migrate(file: Json, fromVersion: number): Json {
  let out = file;
  for (let v = fromVersion; v < BOARD_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from board format version ${v}`);
    out = step(out);
  }
  return out;
}
