import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { DrawnNode } from '../../store/types';
import { SideHandles } from './SideHandles';
import { WidthResizer } from './WidthResizer';

/** A free note: its title and text; wider or narrower by its edges, as tall as its text. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<DrawnNode>) {
  return (
    <>
      <WidthResizer visible={!!selected} minWidth={140} />
      <SideHandles />
      <strong className="mlsd-node-label">{data.label}</strong>
      {data.notes ? <p>{data.notes}</p> : null}
    </>
  );
});
