// What the live-room browser tests share (collab.test.ts, collab-practice.test.ts): a board of notes to open,
// the ⋯ menu, Invite's two links and the room's status line.
import type { Page } from 'playwright-core';
import { createBoard, createNode, type Board } from '../../src/domain/board';

/** A board of notes in a row, with ids n0, n1, … so each browser can find them. */
export function boardOf(labels: string[], id: string): Board {
  const board = createBoard('Interview board', id);
  board.nodes = labels.map((label, i) => ({ ...createNode('note', { x: 80 + i * 260, y: 120 }, label), id: `n${i}` }));
  return board;
}

export async function runFromMore(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: label }).click();
}

/** Invite from the open board: the room's two links, as the dialog shows them. */
export async function invite(page: Page): Promise<{ editor: string; viewer: string }> {
  await runFromMore(page, 'Invite…');
  const dialog = page.getByRole('dialog', { name: 'Invite to this board' });
  await dialog.waitFor();
  const links = { editor: await dialog.getByLabel('Editor link').inputValue(), viewer: await dialog.getByLabel('Viewer link').inputValue() };
  await dialog.getByRole('button', { name: 'Close' }).click();
  return links;
}

export const roomStatus = async (page: Page) => (await page.locator('.room-status').textContent())?.trim();
