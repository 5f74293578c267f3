// The back-of-the-envelope calculator against hand-worked examples, units included.
import { describe, expect, it } from 'vitest';
import {
  apportion, embeddingIndexMemory, formatBytes, formatCount, latencyBudget, storageEstimate, trafficEstimate,
} from '../../src/domain/practice';

describe('traffic: per day to per second', () => {
  it('100 M daily users making 10 requests each is 1 B a day, 11,574 QPS on average, 34,722 at a 3× peak', () => {
    const r = trafficEstimate({ dailyActiveUsers: 100e6, requestsPerUserPerDay: 10, peakFactor: 3 });
    expect(r.requestsPerDay).toBe(1e9);
    expect(r.averagePerSecond).toBeCloseTo(11574.074, 3); // 1e9 / 86,400
    expect(r.peakPerSecond).toBeCloseTo(34722.222, 3);
    expect(r.text).toBe('100M daily users × 10 requests each = 1B requests/day ≈ 11.6k QPS on average, 34.7k QPS at peak (×3).');
  });

  it('a small service: 86,400 requests a day is exactly 1 per second', () => {
    expect(trafficEstimate({ dailyActiveUsers: 8640, requestsPerUserPerDay: 10, peakFactor: 1 }).averagePerSecond).toBe(1);
  });
});

describe('storage: GB vs GiB, per day and per year', () => {
  it('1 B events of 500 B: 500 GB (465.66 GiB) a day, 182.5 TB (165.98 TiB) a year', () => {
    const r = storageEstimate({ recordsPerDay: 1e9, bytesPerRecord: 500 });
    expect(r.bytesPerDay).toBe(5e11);
    expect(r.bytesPerYear).toBe(5e11 * 365);
    expect(r.bytesPerDay / 2 ** 30).toBeCloseTo(465.66, 2);
    expect(r.text).toBe('1B records/day × 500 B = 500 GB/day (466 GiB), 183 TB/year (166 TiB).');
  });

  it('replicas multiply what is stored', () => {
    expect(storageEstimate({ recordsPerDay: 1000, bytesPerRecord: 1000, replicas: 3 }).bytesPerDay).toBe(3e6);
  });

  it('formats decimal and binary units apart', () => {
    expect(formatBytes(1e9)).toBe('1 GB');
    expect(formatBytes(1e9, 'binary')).toBe('954 MiB');
    expect(formatBytes(2 ** 30, 'binary')).toBe('1 GiB');
    expect(formatBytes(2 ** 30)).toBe('1.07 GB');
    expect(formatBytes(512)).toBe('512 B');
  });
});

describe('embedding index memory, quantised or not', () => {
  it('100 M × 256-d float32 vectors take 102.4 GB = 95.4 GiB', () => {
    const r = embeddingIndexMemory({ items: 100e6, dimensions: 256, precision: 'float32' });
    expect(r.bytes).toBe(1.024e11);
    expect(r.text).toBe('Index of 100M vectors × 256 dims × float32 (4 B) = 95.4 GiB of memory.');
  });

  it('int8 is 4× smaller, float16 2×', () => {
    expect(embeddingIndexMemory({ items: 100e6, dimensions: 256, precision: 'int8' }).bytes).toBe(2.56e10);
    expect(embeddingIndexMemory({ items: 100e6, dimensions: 256, precision: 'float16' }).bytes).toBe(5.12e10);
  });

  it('product quantisation to 32 bytes a vector: 3.2 GB = 2.98 GiB, 32× smaller than float32', () => {
    const r = embeddingIndexMemory({ items: 100e6, dimensions: 256, precision: 'pq', pqBytesPerVector: 32 });
    expect(r.bytes).toBe(3.2e9);
    expect(r.float32Bytes / r.bytes).toBe(32);
    expect(r.text).toBe('Index of 100M vectors × 256 dims × PQ 32 B/vector = 2.98 GiB of memory; 95.4 GiB unquantised (float32), 32× smaller.');
  });
});

describe('latency budget split', () => {
  it('200 ms as 1 : 2 : 1 is 50, 100 and 50 ms', () => {
    const r = latencyBudget(200, [{ name: 'retrieval', share: 1 }, { name: 'ranking', share: 2 }, { name: 're-ranking', share: 1 }]);
    expect(r.stages.map((s) => s.ms)).toEqual([50, 100, 50]);
    expect(r.text).toBe('Latency budget 200 ms: retrieval 50 ms, ranking 100 ms, re-ranking 50 ms.');
  });

  it('parts always add up to the total (100 ms in three equal parts is 34 + 33 + 33)', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(45, [5, 4, 8, 9, 5, 9, 5])).toEqual([5, 4, 8, 9, 5, 9, 5]);
    expect(apportion(10, [0, 0])).toEqual([0, 0]);
  });
});

it('counts read as an interviewer says them', () => {
  expect(formatCount(11574.07)).toBe('11.6k');
  expect(formatCount(1e9)).toBe('1B');
  expect(formatCount(2.5e6)).toBe('2.5M');
  expect(formatCount(0.5)).toBe('0.5');
});
