import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import StickyNote from 'lucide-glyph:sticky-note';
import { getKind } from '../../domain/catalog';
import type { DrawnNode } from '../../store/types';
import { ICONS } from '../icons';
import { SideHandles } from './SideHandles';
import { WidthResizer } from './WidthResizer';
import { drawnText } from '../drawn-text';

/** A pipeline component: its icon, its name and its kind; its box is React Flow's node element (see withLook). */
export const ComponentNode = memo(function ComponentNode({ type, data, selected }: NodeProps<DrawnNode>) {
  const kind = getKind(type);
  const Icon = ICONS[kind.icon];
  return (
    <>
      <WidthResizer visible={!!selected} minWidth={120} maxWidth={480} />
      <SideHandles />
      <Icon className="mlsd-node-icon" size={18} strokeWidth={1.8} aria-hidden />
      <span className={data.label.trim() ? 'mlsd-node-label' : 'mlsd-node-label is-empty'}>{drawnText(data.label.trim()) || 'Unnamed'}</span>
      {/* The kind under the name, unless the name is the kind's own (a new node). */}
      {data.label.trim() === kind.label ? null : <span className="mlsd-node-kind">{kind.label}</span>}
      {data.notes.trim() ? <StickyNote className="mlsd-node-has-notes" size={12} aria-label="Has notes" /> : null}
    </>
  );
});
