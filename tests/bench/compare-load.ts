// Time to a usable canvas (as tests/bench/load.ts measures it: cold, service worker allowed, the largest template
// stored as the last open board) for several builds in turn, so a busy machine slows them alike. For each build:
// the wall time from navigation start, the CPU time the page's main thread spent until then (CDP TaskDuration,
// threadTicks), and, with --detail, which files the page fetched before it was usable and when each arrived.
// Not part of `npm run bench`: a tool for finding what a change did to start-up (docs/benchmarks.md, session 7).
// Usage: npx tsx tests/bench/compare-load.ts <dist> [<dist> ...] [--runs 7] [--detail]
import { loadavg } from 'node:os';
import { launch, newContext, seedBoard, waitForNodes } from './browser';
import { serve } from './serve';
import { largestTemplate } from './export-png';
import { ROOT } from './build';
import { median } from './types';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, name === '--detail' ? 1 : 2)[name === '--detail' ? 0 : 1];
};
const runs = Number(flag('--runs') ?? 7);
const detail = flag('--detail') !== undefined;
if (!args.length) throw new Error('Usage: npx tsx tests/bench/compare-load.ts <dist> [<dist> ...] [--runs 7] [--detail]');

const board = largestTemplate(`${ROOT}templates`);
const browser = await launch();
const builds = await Promise.all(args.map(async (dist) => ({ dist, server: await serve(dist), wall: [] as number[], cpu: [] as number[] })));

type Fetched = { name: string; start: number; end: number };
async function coldLoad(url: string): Promise<{ wall: number; cpu: number; fetched: Fetched[] }> {
  const context = await newContext(browser, true);
  const page = await context.newPage();
  await seedBoard(page, url, board);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  await page.goto(url + '/', { waitUntil: 'commit' });
  const wall = await waitForNodes(page, board.nodes.length, true);
  const after = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const fetched = detail
    ? await page.evaluate((until) =>
        performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => e.startTime < until)
          .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
      wall)
    : [];
  await context.close();
  return { wall, cpu: (after - before) * 1000, fetched };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`"${board.name}" (${board.nodes.length} nodes), ${runs} rounds; load average at start: ${load()}`);
for (const build of builds) await coldLoad(build.server.url); // warms the server and the OS file cache
for (let run = 0; run < runs; run++) {
  for (const build of run % 2 ? [...builds].reverse() : builds) {
    const { wall, cpu, fetched } = await coldLoad(build.server.url);
    build.wall.push(wall);
    build.cpu.push(cpu);
    if (detail && run === 0) {
      console.log(`${build.dist}: usable at ${wall.toFixed(0)} ms; fetched before:`);
      for (const f of fetched.sort((a, b) => a.end - b.end)) console.log(`  ${f.start.toFixed(0).padStart(6)} → ${f.end.toFixed(0).padStart(6)} ms  ${f.name}`);
    }
  }
}
console.log(`load average at end: ${load()}`);
for (const build of builds) {
  const f = (list: number[]) => `median ${median(list).toFixed(0)} ms (${list.map((v) => v.toFixed(0)).join(', ')})`;
  console.log(`${build.dist}\n  usable, wall: ${f(build.wall)}\n  main thread CPU until then: ${f(build.cpu)}`);
  await build.server.close();
}
await browser.close();
