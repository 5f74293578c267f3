// Practice mode's lazy layer: the bank and progress dialogs, and during a session the bar and the side panel (laid
// over the canvas, beside the app's own panels) and, after the reveal, the reference overlay.
import './practice.css';
import { createPortal } from 'react-dom';
import { CalculatorPanel } from './CalculatorPanel';
import { GhostOverlay } from './GhostOverlay';
import { InterviewerPanel } from './InterviewerPanel';
import { NotesPanel } from './NotesPanel';
import { PracticeBar } from './PracticeBar';
import { ProblemBank } from './ProblemBank';
import { ProgressView } from './ProgressView';
import { RevealPanel } from './RevealPanel';
import { usePractice } from './session';
import { usePracticeShell } from './shell';

export function PracticeLayer() {
  const dialog = usePracticeShell((s) => s.dialog);
  const { session, reveal, panel, showGhost } = usePractice();
  const canvas = document.querySelector('section.canvas');
  const overlay = session ? (
    <div className="practice-overlay">
      <PracticeBar session={session} />
      {panel === 'interviewer' ? <InterviewerPanel session={session} /> : null}
      {panel === 'calculator' ? <CalculatorPanel /> : null}
      {panel === 'notes' && !reveal ? <NotesPanel session={session} /> : null}
      {reveal && panel === 'reveal' ? <RevealPanel reveal={reveal} session={session} /> : null}
    </div>
  ) : null;
  return (
    <>
      {overlay && canvas ? createPortal(overlay, canvas) : overlay}
      {reveal && showGhost ? <GhostOverlay reveal={reveal} /> : null}
      {dialog === 'bank' ? <ProblemBank /> : null}
      {dialog === 'progress' ? <ProgressView /> : null}
    </>
  );
}
