// Practice mode's lazy layer: the bank and progress dialogs, and during a session the bar, the side panel and,
// after the reveal, the reference overlay.
import './practice.css';
import { CalculatorPanel } from './CalculatorPanel';
import { GhostOverlay } from './GhostOverlay';
import { InterviewerPanel } from './InterviewerPanel';
import { PracticeBar } from './PracticeBar';
import { ProblemBank } from './ProblemBank';
import { ProgressView } from './ProgressView';
import { RevealPanel } from './RevealPanel';
import { usePractice } from './session';
import { usePracticeShell } from './shell';

export function PracticeLayer() {
  const dialog = usePracticeShell((s) => s.dialog);
  const { session, reveal, panel, showGhost } = usePractice();
  return (
    <>
      {session ? <PracticeBar session={session} /> : null}
      {session && panel === 'interviewer' ? <InterviewerPanel session={session} /> : null}
      {session && panel === 'calculator' ? <CalculatorPanel /> : null}
      {session && reveal && panel === 'reveal' ? <RevealPanel reveal={reveal} session={session} /> : null}
      {reveal && showGhost ? <GhostOverlay reveal={reveal} /> : null}
      {dialog === 'bank' ? <ProblemBank /> : null}
      {dialog === 'progress' ? <ProgressView /> : null}
    </>
  );
}
