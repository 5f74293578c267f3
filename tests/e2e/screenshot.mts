// Takes README screenshots: `npx tsx tests/e2e/screenshot.mts <url> <out.png> [dark]`.
import { chromium } from 'playwright-core';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const [url, out, theme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await page.goto(url);
await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
