import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/io/download';

describe('the name of a downloaded file', () => {
  it('keeps the board name readable, in any script', () => {
    expect(fileNameFor('Untitled board', 'mlsd.json')).toBe('untitled-board.mlsd.json');
    expect(fileNameFor('推荐系统 v2', 'png')).toBe('推荐系统-v2.png');
    expect(fileNameFor('Détection de fraude', 'svg')).toBe('détection-de-fraude.svg');
    expect(fileNameFor('Поиск', 'png')).toBe('поиск.png');
    expect(fileNameFor('ＡＢＣ', 'png')).toBe('abc.png');
  });

  it('drops separators, control characters and lone surrogates (a line break is a dash), and falls back to "board"', () => {
    expect(fileNameFor('../etc/passwd\\x', 'png')).toBe('etcpasswdx.png');
    expect(fileNameFor('a\u0000b\u000bc\ud800d', 'png')).toBe('ab-cd.png');
    expect(fileNameFor('???', 'png')).toBe('board.png');
  });

  it('is at most 80 characters before the extension, without cutting a character in two', () => {
    const name = fileNameFor('😀'.repeat(100), 'png');
    expect(name).toBe('board.png');
    const long = fileNameFor('𠀀'.repeat(100), 'png');
    expect(Array.from(long.replace(/\.png$/, ''))).toHaveLength(80);
    expect(long.isWellFormed()).toBe(true);
  });
});
