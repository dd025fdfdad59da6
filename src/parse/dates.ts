import { DateTime } from 'luxon';

/**
 * A point in time as the site shows it. Calendar dates (`2025-09-17`) stay calendar dates: they are
 * shown as that day whatever the machine's or the site's time zone, and sort as midnight in the site zone.
 */
export interface SiteDate {
  /** ISO 8601 in the site time zone: `2025-09-17` for a calendar date, else `2025-09-17T08:30:00+02:00`. */
  readonly iso: string;
  /** Epoch milliseconds, for sorting and comparing with "now". */
  readonly ms: number;
  readonly dateOnly: boolean;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;
// 2025-09-17T08:30, 2025-09-17 08:30:15.123, with an optional offset: Z, +02:00, +0200, " -0700".
const dateTime =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a front-matter date. Accepts calendar dates, ISO date-times with or without an offset (without
 * one, the time is read in `zone`), Jekyll-style `2016-10-06 11:10:38 -0700`, and Date objects from TOML.
 * Returns an error message for anything else, including impossible dates such as 2025-02-30.
 */
export function parseSiteDate(value: unknown, zone: string): SiteDate | { error: string } {
  const text = value instanceof Date ? dateObjectToText(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) {
    return { error: `expected a date like 2025-09-17 or 2025-09-17T08:30:00+02:00, got ${describe(value)}` };
  }
  const day = calendarDate.exec(text);
  if (day) {
    const parsed = DateTime.fromISO(text, { zone });
    if (!parsed.isValid) return { error: `"${text}" is not a real calendar date` };
    return { iso: text, ms: parsed.toMillis(), dateOnly: true };
  }
  const match = dateTime.exec(text);
  if (!match) {
    return { error: `"${text}" is not a date; write 2025-09-17 or 2025-09-17T08:30:00+02:00` };
  }
  const [, datePart, timePart, offset] = match;
  const normalizedOffset = offset ? normalizeOffset(offset) : '';
  const parsed = DateTime.fromISO(`${datePart}T${timePart}${normalizedOffset}`, {
    zone: normalizedOffset ? undefined : zone,
    setZone: false,
  });
  if (!parsed.isValid) return { error: `"${text}" is not a real date and time` };
  return fromMillis(parsed.toMillis(), zone);
}

/** Reads front-matter dates of one time zone (see parseSiteDate). */
export type DateReader = (value: unknown) => SiteDate | { error: string };

/**
 * A parseSiteDate for the many dates of one build: each text is read once. Posts of one day share
 * their dates, and reading one costs several time-zone look-ups.
 */
export function createDateReader(zone: string): DateReader {
  const known = new Map<string, SiteDate | { error: string }>();
  return (value) => {
    if (typeof value !== 'string') return parseSiteDate(value, zone);
    let parsed = known.get(value);
    if (parsed === undefined) {
      parsed = parseSiteDate(value, zone);
      known.set(value, parsed);
    }
    return parsed;
  };
}

/** The SiteDate of an instant, shown in `zone`. */
export function fromMillis(ms: number, zone: string): SiteDate {
  const iso = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
  return { iso, ms, dateOnly: false };
}

/** A calendar date from a `YYYY-MM-DD-` file-name prefix, or undefined when there is none. */
export function dateFromFileName(fileName: string, zone: string, readDate: DateReader = (value) => parseSiteDate(value, zone)): SiteDate | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})-/.exec(fileName);
  if (!match?.[1]) return undefined;
  const parsed = readDate(match[1]);
  return 'error' in parsed ? undefined : parsed;
}

/** Formats a SiteDate with a Luxon format string (default `LLLL d, yyyy`: September 17, 2025). */
export function formatSiteDate(date: SiteDate, zone: string, format = 'LLLL d, yyyy', locale = 'en'): string {
  const value = date.dateOnly
    ? DateTime.fromISO(date.iso, { zone: 'UTC', locale })
    : DateTime.fromMillis(date.ms, { zone, locale });
  return value.toFormat(format);
}

function normalizeOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function dateObjectToText(date: Date): string | undefined {
  // smol-toml returns Date subclasses whose toISOString keeps the original form (local date, local
  // date-time or offset date-time); plain Dates are instants.
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
