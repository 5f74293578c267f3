import { Fragment, memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { getKind } from '../../domain/catalog';
import { getStep } from '../../domain/framework';
import type { DrawnNode } from '../../store/types';
import { ICONS } from '../icons';
import { SideHandles } from './SideHandles';
import { WidthResizer } from './WidthResizer';
import { drawnText } from '../drawn-text';

/** An answer card (requirements, framing, data, model…): the step's fields that have been filled in. */
export const CardNode = memo(function CardNode({ type, data, selected }: NodeProps<DrawnNode>) {
  const kind = getKind(type);
  const step = getStep(kind.step!);
  const Icon = ICONS[kind.icon];
  const filled = kind.fields.filter((f) => data.fields[f.key]?.trim());
  return (
    <>
      <WidthResizer visible={!!selected} minWidth={200} />
      <SideHandles />
      <div className="mlsd-card-header">
        <Icon className="mlsd-node-icon" size={16} strokeWidth={1.8} aria-hidden />
        <span className="mlsd-node-label">{drawnText(data.label.trim()) || kind.label}</span>
        <span className="mlsd-card-step" title={step.title}>
          {step.number}
        </span>
      </div>
      <dl className="mlsd-card-body">
        {filled.map((f) => (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.options?.find((o) => o.value === data.fields[f.key])?.label ?? drawnText(data.fields[f.key])}</dd>
          </Fragment>
        ))}
        {data.notes.trim() ? <dd className="mlsd-card-notes">{drawnText(data.notes)}</dd> : null}
        {filled.length === 0 && !data.notes.trim() ? (
          <p className="mlsd-card-empty">Empty: select it and fill in {kind.fields.map((f) => f.label.toLowerCase()).slice(0, 3).join(', ')}…</p>
        ) : null}
      </dl>
    </>
  );
});
