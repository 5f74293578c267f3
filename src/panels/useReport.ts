import { useEffect, useState } from 'react';
import { sameButPlaces, type Board } from '../domain/board';
import type { Report } from '../domain/validate';
import type { ReferenceComparison } from '../domain/reference';
import { loadTemplate } from '../app/templates';
import { isGesturing, useBoardStore } from '../store/board-store';
import { isOpening } from '../store/opening';

const IDLE_MS = 150;

/**
 * A value computed from the open board shortly after the board stops changing, and never during a drag or while a
 * large board opens, so the work stays off the canvas's hot path. `compute` may load its code on demand; null while there is no value.
 */
function useBoardDerived<T>(compute: ((board: Board) => Promise<T | null>) | null, key: string): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    setValue(null);
    if (!compute) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const run = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        // Not mid-drag, nor while a very large board is still reaching the canvas (the page stays responsive).
        if (isGesturing() || isOpening()) return run();
        const next = await compute(useBoardStore.getState().board as Board);
        if (!cancelled) setValue(next);
      }, IDLE_MS);
    };
    run();
    const unsubscribe = useBoardStore.subscribe((s, prev) => {
      if (s.board !== prev.board) run();
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribe();
    };
    // `key` names what `compute` depends on; the function itself is recreated on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}

/**
 * The last board validated and its report. The validator reads the graph (kinds, names, fields, groups, arrows),
 * never where a node is, so a board that differs only in places keeps the report: a drop after a drag is not
 * validated again, and the checklist is not drawn again (tests/unit/validate-places.test.ts holds the validator to it).
 */
let validated: { board: Board; report: Report } | undefined;
const validate = async (board: Board) => {
  if (validated && sameButPlaces(validated.board, board)) return validated.report;
  const report = (await import('../domain/validate')).validateBoard(board);
  validated = { board, report };
  return report;
};

/** The validator's report on the open board (the validator loads on demand). */
export function useReport(): Report | null {
  return useBoardDerived(validate, 'report');
}

/** The comparison with a case study's reference design. */
export function useReferenceComparison(caseId: string | null): ReferenceComparison | null {
  return useBoardDerived(
    caseId
      ? async (board) => {
          const [{ compareWithReference }, reference] = await Promise.all([import('../domain/reference'), loadTemplate(caseId)]);
          return reference ? compareWithReference(board, reference) : null;
        }
      : null,
    caseId ?? '',
  );
}
