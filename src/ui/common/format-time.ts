import { ui } from '../../strings';

const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/** The viewer's own IANA zone, e.g. "Europe/Paris". */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An instant in an IANA zone, in the viewer's locale. */
export function formatInZone(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { ...dateTimeOptions, timeZone }).format(ms);
}

/**
 * An instant at a fixed UTC offset. Formats in UTC after shifting, because not every engine
 * accepts "+01:00" as a timeZone option yet.
 */
export function formatAtOffset(ms: number, offsetMinutes: number): string {
  return new Intl.DateTimeFormat(undefined, { ...dateTimeOptions, timeZone: 'UTC' }).format(
    ms + offsetMinutes * 60_000,
  );
}

/** "+01:00", "-05:30", "+00:00". */
export function offsetName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return ui.offsetZone(`${sign}${hours}:${minutes}`);
}
