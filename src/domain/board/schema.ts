// The strict shape of a restored board, checked with zod. Files are repaired item by item first (restore.ts);
// this schema states what every board in the app, in storage and in templates must satisfy. Each shape names
// exactly the fields declared in fields.ts (`satisfies` fails to compile on a missing or an extra one). It is the
// tests' and the CLI's check, imported from this module (not the board barrel) so the app's start-up does not load zod.
import * as z from 'zod/mini';
import type { BoardField, CommentField, EdgeDataField, EdgeField, NodeDataField, NodeField, ReplyField } from './fields';
import { BOARD_FORMAT, BOARD_VERSION, EDGE_KINDS } from './types';

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

export const NodeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  position: z.object({ x: finite, y: finite }),
  data: z.looseObject({
    label: z.string(),
    notes: z.string(),
    fields: z.record(z.string(), z.string()),
  } satisfies Record<NodeDataField, unknown>),
  parentId: z.optional(z.string()),
  width: z.optional(finite),
  height: z.optional(finite),
} satisfies Record<NodeField, unknown>);

export const EdgeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  target: z.string().check(z.minLength(1)),
  sourceHandle: z.optional(z.nullable(z.string())),
  targetHandle: z.optional(z.nullable(z.string())),
  type: z.enum(EDGE_KINDS as [string, ...string[]]),
  data: z.looseObject({ label: z.string(), bidirectional: z.optional(z.boolean()) } satisfies Record<EdgeDataField, unknown>),
} satisfies Record<EdgeField, unknown>);

const ReplySchema = z.object({
  id: z.string().check(z.minLength(1)), author: z.string(), createdAt: finite, text: z.string(),
} satisfies Record<ReplyField, unknown>);

export const CommentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: z.object({ x: finite, y: finite }),
  nodeId: z.optional(z.string()),
  author: z.string(),
  createdAt: finite,
  text: z.string(),
  resolved: z.boolean(),
  replies: z.array(ReplySchema),
} satisfies Record<CommentField, unknown>);

export const BoardSchema = z.looseObject({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  caseStudy: z.optional(z.string()),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  comments: z.optional(z.array(CommentSchema)),
} satisfies Record<BoardField, unknown>);
