// A board in a link: <app url>#board=<packed board>. Only the fragment carries it, so the board never reaches
// a server (browsers do not send fragments) and the app needs no backend.
import { parseBoardText, type Board } from '../domain/board';
import { importFail, type ImportError, type ImportResult } from './import-result';
import { packBoard, unpackBoard } from './packed-board';

export const LINK_PARAM = 'board';

/**
 * The longest link we offer to share. Browsers accept far more (Chrome 2 MB, Firefox and Safari 64 KB+), but chat
 * apps, mail clients, link previews and URL shorteners start cutting or refusing links around 8 KB.
 */
export const MAX_LINK_LENGTH = 8000;

export function boardToLink(board: Board, baseUrl: string): string {
  return `${baseUrl.split('#')[0]}#${LINK_PARAM}=${packBoard(board)}`;
}

/** null when the link is short enough to share; otherwise the reason, for the user. */
export function checkLinkLength(link: string): ImportError | null {
  if (link.length <= MAX_LINK_LENGTH) return null;
  return {
    code: 'link-too-long',
    message:
      `This board makes a link of ${link.length.toLocaleString('en')} characters; links longer than ` +
      `${MAX_LINK_LENGTH.toLocaleString('en')} get cut off by chat apps and mail. Share it as a PNG or a JSON file instead.`,
  };
}

/** The `board=` value of a link's fragment, or null when it has none. Accepts a whole URL or just its fragment. */
export function findLinkPayload(urlOrFragment: string): string | null {
  const text = urlOrFragment.replace(/\s+/g, ''); // mail clients wrap long links
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : text;
  const match = new RegExp(`(?:^|[&;])${LINK_PARAM}=([^&;]*)`).exec(fragment);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function linkToBoard(urlOrFragment: string): ImportResult {
  const payload = findLinkPayload(urlOrFragment);
  if (payload === null) {
    return importFail('link-not-a-board', `This is not an MLSD board link: it has no "#${LINK_PARAM}=" part.`);
  }
  const unpacked = unpackBoard(payload);
  if (unpacked.ok) return parseBoardText(unpacked.json);
  if (unpacked.reason === 'too-new') {
    return importFail(
      'link-too-new',
      `This link was made by a newer MLSD Board (link version ${unpacked.version}). Update the app to open it.`,
    );
  }
  return importFail(
    'link-cut-short',
    `This link was cut short or changed: ${unpacked.detail}. Ask for the whole link again, or for the board as a PNG or JSON file.`,
  );
}
