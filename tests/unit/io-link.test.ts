import { describe, expect, it } from 'vitest';
import { createBoard, serializeBoard } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { boardToLink, checkLinkLength, linkToBoard, MAX_LINK_LENGTH } from '../../src/io/share-link';
import { everyKindBoard } from '../fixtures/io/every-kind-board';

const BASE = 'https://mlsd.example/app/';

describe('share links', () => {
  const board = everyKindBoard();
  const link = boardToLink(board, BASE);
  const payloadStart = link.indexOf('#board=') + '#board='.length;

  it('puts the board in the fragment only', () => {
    expect(link.startsWith(`${BASE}#board=v1.`)).toBe(true);
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(url.pathname).toBe('/app/');
    expect(link.slice(payloadStart)).toMatch(/^v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(boardToLink(board, `${BASE}#board=old`).startsWith(`${BASE}#board=v1.`)).toBe(true);
  });

  it('round-trips a board that uses every kind, from the whole URL or the fragment alone', () => {
    for (const input of [link, link.slice(link.indexOf('#')), link.slice(payloadStart - 'board='.length)]) {
      const result = linkToBoard(input);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.board).toEqual(serializeBoard(board));
      expect(result.repairs).toEqual([]);
      expect(BoardSchema.safeParse(result.board).success).toBe(true);
    }
  });

  it('survives a mail client wrapping the link over lines', () => {
    const wrapped = link.replace(/(.{70})/g, '$1\n  ');
    expect(linkToBoard(wrapped).ok).toBe(true);
  });

  it('says a truncated link was cut short, wherever it is cut', () => {
    for (let length = payloadStart; length < link.length; length += 7) {
      const result = linkToBoard(link.slice(0, length));
      expect(result).toMatchObject({ ok: false, error: { code: 'link-cut-short' } });
      expect(!result.ok && result.error.message).toMatch(/^This link was cut short or changed: .+\. Ask for the whole link again/);
    }
  });

  it('never opens a different board when one character is changed', () => {
    let tried = 0;
    let caught = 0;
    for (let at = payloadStart + 1; at < link.length; at += at < payloadStart + 40 ? 1 : 5) {
      tried++;
      const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      const result = linkToBoard(changed);
      if (result.ok) expect(result.board).toEqual(serializeBoard(board)); // only the last character's spare bits
      else {
        expect(['link-cut-short', 'link-too-new']).toContain(result.error.code);
        caught++;
      }
    }
    expect(caught).toBeGreaterThanOrEqual(tried - 1);
  });

  it('tells a link that is not a board link from a damaged one', () => {
    expect(linkToBoard('https://mlsd.example/app/#section=2')).toEqual({
      ok: false,
      error: { code: 'link-not-a-board', message: 'This is not an MLSD board link: it has no "#board=" part.' },
    });
    expect(linkToBoard(`${BASE}#board=`)).toMatchObject({ ok: false, error: { code: 'link-cut-short' } });
    expect(linkToBoard(`${BASE}#board=hello`)).toMatchObject({ ok: false, error: { code: 'link-cut-short' } });
  });

  it('asks to update the app for a newer link version', () => {
    const result = linkToBoard(link.replace('#board=v1.', '#board=v2.'));
    expect(result).toMatchObject({ ok: false, error: { code: 'link-too-new' } });
    expect(!result.ok && result.error.message).toMatch(/newer MLSD Board \(link version 2\)\. Update the app/);
  });

  it('checks the length of a link before it is shared', () => {
    expect(checkLinkLength(boardToLink(createBoard('Small'), BASE))).toBeNull();
    expect(checkLinkLength('x'.repeat(MAX_LINK_LENGTH))).toBeNull();
    const tooLong = checkLinkLength('x'.repeat(MAX_LINK_LENGTH + 1));
    expect(tooLong?.code).toBe('link-too-long');
    expect(tooLong?.message).toMatch(/8,001 characters.*8,000.*PNG or a JSON file/);
  });
});
