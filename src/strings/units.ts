/** Counts and sizes worded the same way in every area's messages. */

/** "1 turn", "3 turns". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * "20 MB", "1.5 KB", or the count in its own unit below a kilobyte ("90 characters", "12 bytes").
 * One decimal at most, none when it is zero.
 */
export function sizeText(count: number, one: string, many: string): string {
  const tenths = (unit: number) => Math.round((count / unit) * 10) / 10;
  if (count >= MIB) return `${tenths(MIB)} MB`;
  if (count >= KIB) return `${tenths(KIB)} KB`;
  return plural(count, one, many);
}
