// A one-page summary of an attempt as a PNG, for notes or a mentor: the problem and the score, the diagram, the
// score and the time per step, and the points missed with why they matter. Drawn on a canvas (no DOM snapshot), on
// a white page whatever the theme, so it prints.
import { absolutePositions } from '../domain/board';
import { findKind } from '../domain/catalog';
import { STEPS } from '../domain/framework';
import { nodeSize } from '../domain/geometry';
import { PROBLEM_KIND_LABELS, formatClock, type Attempt } from '../domain/practice';
import { downloadBlob } from '../io/download';

const WIDTH = 1200;
const MARGIN = 48;
const INK = '#1f2328';
const MUTED = '#6a6f76';
const RULE = '#e2e1dc';

const stepColour = (step: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(`--step-${step}`).trim() || '#8a8a83';

/** Splits text into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The board's nodes as boxes in their step's colour and its edges as lines, fitted into the rectangle. */
function drawDiagram(ctx: CanvasRenderingContext2D, attempt: Attempt, x: number, y: number, w: number, h: number): void {
  const nodes = attempt.board.nodes;
  const pos = absolutePositions(nodes);
  const boxes = new Map(nodes.map((n) => [n.id, { ...pos.get(n.id)!, ...nodeSize(n), node: n }]));
  ctx.strokeStyle = RULE;
  ctx.strokeRect(x, y, w, h);
  if (boxes.size === 0) return;
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x));
  const minY = Math.min(...all.map((b) => b.y));
  const maxX = Math.max(...all.map((b) => b.x + b.width));
  const maxY = Math.max(...all.map((b) => b.y + b.height));
  const scale = Math.min((w - 24) / Math.max(1, maxX - minX), (h - 24) / Math.max(1, maxY - minY), 1);
  const ox = x + (w - (maxX - minX) * scale) / 2;
  const oy = y + (h - (maxY - minY) * scale) / 2;
  const at = (b: { x: number; y: number }) => ({ x: ox + (b.x - minX) * scale, y: oy + (b.y - minY) * scale });
  for (const b of all.filter((b) => findKind(b.node.type)?.family === 'group')) {
    const p = at(b);
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = '#a9a8a0';
    ctx.strokeRect(p.x, p.y, b.width * scale, b.height * scale);
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = '#6d7178';
  for (const e of attempt.board.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const a = at({ x: s.x + s.width / 2, y: s.y + s.height / 2 });
    const c = at({ x: t.x + t.width / 2, y: t.y + t.height / 2 });
    ctx.setLineDash(e.type === 'batch' ? [6, 4] : e.type === 'stream' ? [2, 3] : []);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(c.x, c.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.font = `${Math.max(9, Math.round(13 * scale))}px system-ui, sans-serif`;
  for (const b of all.filter((b) => findKind(b.node.type)?.family !== 'group')) {
    const p = at(b);
    const step = findKind(b.node.type)?.step ?? 'none';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(p.x, p.y, b.width * scale, b.height * scale);
    ctx.strokeStyle = stepColour(step);
    ctx.lineWidth = 2;
    ctx.strokeRect(p.x, p.y, b.width * scale, b.height * scale);
    ctx.lineWidth = 1;
    ctx.fillStyle = INK;
    ctx.fillText(b.node.data.label.slice(0, 28), p.x + 4, p.y + Math.min(b.height * scale - 4, 16 * Math.max(scale, 0.7)), b.width * scale - 8);
  }
}

/** The height the list of missed points takes (measured with the same fonts and wrapping as it is drawn). */
function missedHeight(ctx: CanvasRenderingContext2D, attempt: Attempt): number {
  let h = 0;
  for (const m of attempt.missed) {
    ctx.font = '600 14px system-ui, sans-serif';
    h += 20 * wrap(ctx, m.text, WIDTH - 2 * MARGIN - 16).length;
    ctx.font = '13px system-ui, sans-serif';
    h += 18 * wrap(ctx, m.why, WIDTH - 2 * MARGIN - 16).length + 8;
  }
  return h;
}

export function drawSummary(canvas: HTMLCanvasElement, attempt: Attempt): void {
  const ctx = canvas.getContext('2d')!;
  const height = MARGIN + 100 + 560 + 16 + STEPS.length * 34 + 38 + missedHeight(ctx, attempt) + MARGIN;
  canvas.width = WIDTH; // resizing resets the context's state, so the fonts are set again below
  canvas.height = height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  let y = MARGIN;
  ctx.fillStyle = INK;
  ctx.font = '600 30px system-ui, sans-serif';
  ctx.fillText(attempt.problemTitle, MARGIN, y + 28);
  ctx.textAlign = 'right';
  ctx.font = '700 44px system-ui, sans-serif';
  ctx.fillText(`${attempt.total}`, WIDTH - MARGIN - 70, y + 36);
  ctx.font = '18px system-ui, sans-serif';
  ctx.fillStyle = MUTED;
  ctx.fillText('/ 100', WIDTH - MARGIN, y + 36);
  ctx.textAlign = 'left';
  ctx.fillText(`${PROBLEM_KIND_LABELS[attempt.kind]} · ${new Date(attempt.date).toLocaleString()} · ${attempt.minutes} min session · checklist ${attempt.checklistScore}`, MARGIN, y + 64);
  y += 100;
  drawDiagram(ctx, attempt, MARGIN, y, WIDTH - 2 * MARGIN, 520);
  y += 560;
  ctx.font = '600 18px system-ui, sans-serif';
  ctx.fillStyle = INK;
  ctx.fillText('By step', MARGIN, y);
  ctx.font = '13px system-ui, sans-serif';
  ctx.fillStyle = MUTED;
  ctx.fillText('score', MARGIN + 640, y);
  ctx.fillText('time used', MARGIN + 720, y);
  y += 16;
  for (const s of STEPS) {
    const score = attempt.scoreByStep[s.id];
    ctx.font = '15px system-ui, sans-serif';
    ctx.fillStyle = INK;
    ctx.fillText(`${s.number}. ${s.short}`, MARGIN, y + 18);
    ctx.fillStyle = '#f1f1ee';
    ctx.fillRect(MARGIN + 170, y + 8, 440, 12);
    ctx.fillStyle = stepColour(s.id);
    ctx.fillRect(MARGIN + 170, y + 8, 4.4 * score, 12);
    ctx.fillStyle = INK;
    ctx.fillText(String(score), MARGIN + 640, y + 18);
    const budget = attempt.budgetByStep?.[s.id];
    ctx.fillText(`${formatClock(attempt.timeByStep[s.id])}${budget === undefined ? '' : ` of ${Math.round(budget / 60_000)} min`}`, MARGIN + 720, y + 18);
    y += 34;
  }
  y += 24;
  ctx.font = '600 18px system-ui, sans-serif';
  ctx.fillText(attempt.missed.length ? `Points missed (${attempt.missed.length})` : 'Every point of the rubric made', MARGIN, y);
  y += 14;
  for (const m of attempt.missed) {
    ctx.font = '600 14px system-ui, sans-serif';
    ctx.fillStyle = stepColour(m.step);
    ctx.fillRect(MARGIN, y + 6, 4, 14);
    ctx.fillStyle = INK;
    for (const line of wrap(ctx, m.text, WIDTH - 2 * MARGIN - 16)) {
      y += 20;
      ctx.fillText(line, MARGIN + 12, y);
    }
    ctx.font = '13px system-ui, sans-serif';
    ctx.fillStyle = MUTED;
    for (const line of wrap(ctx, m.why, WIDTH - 2 * MARGIN - 16)) {
      y += 18;
      ctx.fillText(line, MARGIN + 12, y);
    }
    y += 8;
  }
}

/** Draws the summary and downloads it as a PNG. */
export async function downloadSummary(attempt: Attempt): Promise<void> {
  const canvas = document.createElement('canvas');
  drawSummary(canvas, attempt);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the image.');
  downloadBlob(blob, `practice-${attempt.problemId}-${new Date(attempt.date).toISOString().slice(0, 10)}.png`);
}
