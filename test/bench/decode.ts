import { decodeCallText } from '../../src/model';
import { generatePayload } from './generate-payload';

/** Typical payloads (transcript-heavy), then a stress case with an action every 4 KB. */
const SIZES: Array<{ label: string; chars: number; runs: number; actions?: number }> = [
  { label: '10 KB', chars: 10 * 1024, runs: 200 },
  { label: '1 MB', chars: 1024 * 1024, runs: 21 },
  { label: '10 MB', chars: 10 * 1024 * 1024, runs: 9 },
  { label: '1 MB, 256 actions', chars: 1024 * 1024, runs: 21, actions: 256 },
];
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Median times of both, run alternately: on a busy machine neither gets the quieter moments,
 * so the ratio stays meaningful even when the absolute times drift.
 */
function compare(text: string, runs: number): { parseMs: number; decodeMs: number } {
  for (let i = 0; i < WARM_UP; i += 1) {
    JSON.parse(text);
    decodeCallText(text);
  }
  const parseTimes: number[] = [];
  const decodeTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    parseTimes.push(timeMs(() => JSON.parse(text)));
    decodeTimes.push(timeMs(() => decodeCallText(text)));
  }
  return { parseMs: median(parseTimes), decodeMs: median(decodeTimes) };
}

/** Prints decode time against bare JSON.parse of the same text, median of several runs. */
export async function benchDecode(): Promise<void> {
  const rows = [['payload', 'chars', 'JSON.parse ms', 'decode ms', 'ratio']];
  console.log('\nDecode against bare JSON.parse of the same text (median)');
  for (const { label, chars, runs, actions } of SIZES) {
    const text = generatePayload(chars, { actions });
    const check = decodeCallText(text);
    if (check.call === undefined || check.problems.length > 0) {
      throw new Error(`generated ${label} payload did not decode cleanly`);
    }
    const { parseMs, decodeMs } = compare(text, runs);
    rows.push([
      label,
      String(text.length),
      parseMs.toFixed(2),
      decodeMs.toFixed(2),
      `${(decodeMs / parseMs).toFixed(2)}×`,
    ]);
  }
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, col) =>
          col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
        )
        .join('  '),
    );
  }
}
