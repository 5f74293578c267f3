// README screenshots: `npx tsx tests/e2e/readme-screenshots.mts` with the production build served on :4173.
import { launchChromium } from '../chromium';

const browser = await launchChromium();
for (const theme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
  await page.goto(process.env.APP_URL ?? 'http://127.0.0.1:4173/');
  await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Ad Click Prediction/ }).click();
  await page.waitForTimeout(600);
  await page.keyboard.press('Alt+3');
  // Show the prediction and continual-learning pipelines at a readable size.
  await page.locator('.mlsd-group-label', { hasText: 'Prediction pipeline' }).click();
  await page.locator('.mlsd-group-label', { hasText: 'Continual learning pipeline' }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+2');
  await page.waitForTimeout(500); // let the zoom's animation end: a click would stop it half-way
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.locator('.notice .icon-button').first().click().catch(() => undefined);
  await page.waitForTimeout(900);
  await page.screenshot({ path: `docs/screenshot-${theme}.png` });
  await page.close();
}
await browser.close();
