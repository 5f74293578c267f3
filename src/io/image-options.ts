// What an image export is asked for; kept apart from the renderer so the dialog and the actions can name it
// without loading html-to-image.
export type ImageOptions = {
  scale: 1 | 2 | 3; background: boolean; theme: 'light' | 'dark';
  /** Review comments' pins drawn in the image (off by default: an image is the design, not its review). */
  comments: boolean;
};

/** 2×, with the background, in the theme on screen, without comments. */
export const defaultImageOptions = (): ImageOptions => ({
  scale: 2,
  background: true,
  comments: false,
  theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
});
