import { useEffect, useState } from 'react';
import type { Board } from '../domain/board';
import type { Report } from '../domain/validate';
import type { ReferenceComparison } from '../domain/reference';
import { loadTemplate } from '../app/templates';
import { isGesturing, useBoardStore } from '../store/board-store';

const IDLE_MS = 150;
const loadValidator = () => import('../domain/validate');
const loadReference = () => import('../domain/reference');

/**
 * The validator's report on the open board, recomputed shortly after the board stops changing and never during a
 * drag, so it stays off the canvas's hot path. The validator loads on demand.
 */
export function useReport(): Report | null {
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const run = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (isGesturing()) return run();
        const { validateBoard } = await loadValidator();
        if (!cancelled) setReport(validateBoard(useBoardStore.getState().board as Board));
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
  }, []);
  return report;
}

/** The comparison with a case study's reference design, recomputed like the report. */
export function useReferenceComparison(caseId: string | null): ReferenceComparison | null {
  const [comparison, setComparison] = useState<ReferenceComparison | null>(null);
  useEffect(() => {
    setComparison(null);
    if (!caseId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const run = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (isGesturing()) return run();
        const [{ compareWithReference }, reference] = await Promise.all([loadReference(), loadTemplate(caseId)]);
        if (!cancelled && reference) setComparison(compareWithReference(useBoardStore.getState().board as Board, reference));
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
  }, [caseId]);
  return comparison;
}
