import { DateTime } from 'luxon';
import type { SiteDate } from '../../parse/dates.js';

/**
 * Dates in the forms feeds and sitemaps want. A calendar date (`2025-09-17`) is midnight of that day in
 * the site time zone, which is also the instant `SiteDate.ms` holds for it.
 */

/** RFC 3339 with the site zone's offset: `2025-09-17T00:00:00+01:00` (Atom, JSON Feed). */
export function toRfc3339(date: SiteDate, zone: string): string {
  return DateTime.fromMillis(date.ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/** RFC 822 as RSS 2.0 wants it, English names whatever the locale: `Wed, 17 Sep 2025 00:00:00 +0100`. */
export function toRfc822(date: SiteDate, zone: string): string {
  return DateTime.fromMillis(date.ms, { zone }).toRFC2822() ?? '';
}

/** W3C Datetime for sitemaps: the day alone for calendar dates, else RFC 3339. */
export function toW3cDatetime(date: SiteDate, zone: string): string {
  return date.dateOnly ? date.iso : toRfc3339(date, zone);
}

/** The latest of some dates (the first of equals), or undefined for none. */
export function latestDate(dates: Iterable<SiteDate | undefined>): SiteDate | undefined {
  let latest: SiteDate | undefined;
  for (const date of dates) if (date && (!latest || date.ms > latest.ms)) latest = date;
  return latest;
}
