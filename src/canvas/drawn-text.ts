// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const CONTROL = /[\0-\x08\v\f\x0E-\x1F]/g;

/**
 * Text as the canvas draws it, and so as the images show it: a vertical tab or form feed (PowerPoint's soft line
 * break pastes as a vertical tab) is a line break, other control characters are not drawn (the font has no glyph
 * for them: a box). The board keeps the text exactly; this is only what is drawn. Agrees with `xmlSafeText`
 * (src/io/xml-scan.ts), which makes the exported image's text fit for XML.
 */
export const drawnText = (text: string): string => text.replace(CONTROL, (c) => (c === '\v' || c === '\f' ? '\n' : ''));
