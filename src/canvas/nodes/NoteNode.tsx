import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../../store/types';
import { SideHandles } from './SideHandles';

export const NoteNode = memo(function NoteNode({ data }: NodeProps<FlowNode>) {
  return (
    <>
      <SideHandles />
      <strong className="mlsd-node-label">{data.label}</strong>
      {data.notes ? <p>{data.notes}</p> : null}
    </>
  );
});
