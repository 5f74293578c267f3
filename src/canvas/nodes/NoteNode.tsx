import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { DrawnNode } from '../../store/types';
import { SideHandles } from './SideHandles';
import { WidthResizer } from './WidthResizer';
import { drawnText } from '../drawn-text';

/** A free note: its title and text; wider or narrower by its edges, as tall as its text. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<DrawnNode>) {
  return (
    <>
      <WidthResizer visible={!!selected} minWidth={140} />
      <SideHandles />
      <strong className="mlsd-node-label">{drawnText(data.label)}</strong>
      {data.notes ? <p>{drawnText(data.notes)}</p> : null}
    </>
  );
});
