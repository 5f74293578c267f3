// Debian's Chromium (apt-get install chromium) driven by playwright-core, for the browser tests and benchmarks.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

// Without the background-networking flags Chromium keeps trying to reach Google's hosts from a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Chromium 156 starts a hidden renderer for the address bar's WebUI popup in every new browser context, which
  // loads some 70 modules while the page under test starts (a user's browser has it running already): on two
  // cores it took CPU from every cold load the benchmark times (docs/benchmarks.md, session 7).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export async function launchChromium(): Promise<Browser> {
  if (!EXECUTABLE) throw new Error("Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.");
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: CHROMIUM_ARGS });
}
