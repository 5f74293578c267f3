// scratch: drag cost with CSS variants, interleaved, on one app page
import { loadavg } from 'node:os';
import { launch, sleep } from './browser';
import { generateBoard } from './generate-board';
import { measure, openApp } from './gestures';
import { serve } from './serve';
import { median } from './types';

const [appDir, n = '100', rounds = '3', ...variants] = process.argv.slice(2);
const all = ['', ...variants];
const board = generateBoard(Number(n));
const browser = await launch();
const appServer = await serve(appDir);
const app = await openApp(browser, appServer.url, board);
const canvas = app.canvas;
const cdp = await canvas.page.context().newCDPSession(canvas.page);
const res = all.map(() => ({ cpu: [] as number[], upd: [] as number[], updN: [] as number[] }));
console.log('load', loadavg().map((l) => l.toFixed(1)).join(' '));
let flip = false;
await measure(canvas, 'drag', (flip = !flip));
for (let r = 0; r < Number(rounds); r++) {
  for (let v = 0; v < all.length; v++) {
    const handle = all[v] ? await canvas.page.addStyleTag({ content: all[v] }) : null;
    await sleep(300);
    const m = await measure(canvas, 'drag', (flip = !flip));
    res[v].cpu.push(m.task);
    const events: any[] = [];
    const on = (e: any) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', on);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'blink,cc,devtools.timeline', transferMode: 'ReportEvents' });
    await measure(canvas, 'drag', (flip = !flip));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', on);
    const u = events.filter((e) => e.ph === 'X' && e.name === 'PaintArtifactCompositor::Update');
    res[v].upd.push(u.reduce((a, e) => a + e.dur, 0) / 1000 / 24); const lay = events.filter((e) => e.ph === "X" && e.name === "Layerize"); (res[v] as any).lay = [...((res[v] as any).lay ?? []), lay.reduce((a, e) => a + e.dur, 0) / 1000 / 24];
    res[v].updN.push(u.length / 24);
    if (handle) await handle.evaluate((el) => (el as unknown as { remove(): void }).remove());
  }
}
console.log('load', loadavg().map((l) => l.toFixed(1)).join(' '));
all.forEach((v, i) => console.log(`${(v || '(none)').slice(0, 90)}\n  cpu ${median(res[i].cpu).toFixed(2)} [${res[i].cpu.map((x) => x.toFixed(1))}]  update ${median(res[i].upd).toFixed(2)} ms/move layerize ${median((res[i] as any).lay).toFixed(2)}, ${median(res[i].updN).toFixed(2)}/move`));
await browser.close(); await appServer.close();
