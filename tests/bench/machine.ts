// The machine the figures were taken on.
import { cpus, release, totalmem, platform } from 'node:os';
import { readFileSync } from 'node:fs';

export type Machine = { cpu: string; cores: number; memoryGiB: number; os: string; node: string; chromium: string; load: number[] };

export function describeMachine(chromium: string, load: number[]): Machine {
  let os = `${platform()} ${release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) os = `${pretty} (${os})`;
  } catch {
    // not Linux: keep the kernel name
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os,
    node: process.version,
    chromium,
    load: load.map((l) => Math.round(l * 100) / 100),
  };
}

export const machineLine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}; load average at start ${m.load.join(' ')}`;
