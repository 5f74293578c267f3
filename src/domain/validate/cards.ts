// Answer cards: is a card's field answered, and if not, a finding that points at the card (or asks for one).
import { findKind, type KindId } from '../catalog';
import type { Issue, RuleContext } from './engine';

/**
 * No issue when the field is answered on a card of that kind; otherwise one issue whose message names what is
 * missing (`what`, e.g. "the business objective") and why it matters (`why`, a full sentence).
 */
export function missingCardAnswer(ctx: RuleContext, cardKind: KindId, key: string, what: string, why: string): Issue[] {
  const { text, nodeId } = ctx.cardField(cardKind, key);
  if (text) return [];
  return [missingAnswer(cardKind, nodeId, what, why)];
}

export function missingAnswer(cardKind: KindId, cardId: string | undefined, what: string, why: string): Issue {
  const card = findKind(cardKind)?.label ?? cardKind;
  return cardId
    ? { message: `The ${card} card does not state ${what}. ${why}`, nodeIds: [cardId] }
    : { message: `There is no ${card} card stating ${what}. ${why}`, nodeIds: [] };
}
