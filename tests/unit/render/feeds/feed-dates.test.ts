import { describe, expect, it } from 'vitest';
import { parseSiteDate, type SiteDate } from '../../../../src/parse/dates.js';
import { latestDate, toRfc3339, toRfc822, toW3cDatetime } from '../../../../src/render/feeds/feed-dates.js';

function date(text: string, zone: string): SiteDate {
  const parsed = parseSiteDate(text, zone);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('feed dates', () => {
  it('a calendar date is midnight in the site time zone, with its offset that day', () => {
    expect(toRfc3339(date('2025-09-17', 'Europe/London'), 'Europe/London')).toBe('2025-09-17T00:00:00+01:00');
    expect(toRfc3339(date('2025-01-19', 'Europe/London'), 'Europe/London')).toBe('2025-01-19T00:00:00+00:00');
    expect(toRfc3339(date('2025-09-17', 'America/New_York'), 'America/New_York')).toBe('2025-09-17T00:00:00-04:00');
    expect(toRfc3339(date('2025-09-17', 'UTC'), 'UTC')).toBe('2025-09-17T00:00:00Z');
  });

  it('a date-time with an offset is the same instant shown in the site zone', () => {
    expect(toRfc3339(date('2025-09-17T08:30:00+02:00', 'UTC'), 'Asia/Tokyo')).toBe('2025-09-17T15:30:00+09:00');
    expect(toRfc3339(date('2025-09-17T08:30:15.250Z', 'UTC'), 'UTC')).toBe('2025-09-17T08:30:15.250Z');
  });

  it('RSS dates are RFC 822 with English names and the right weekday', () => {
    expect(toRfc822(date('2025-09-17', 'Europe/London'), 'Europe/London')).toBe('Wed, 17 Sep 2025 00:00:00 +0100');
    expect(toRfc822(date('2024-02-29T23:05:09-08:00', 'UTC'), 'America/Los_Angeles')).toBe('Thu, 29 Feb 2024 23:05:09 -0800');
  });

  it('sitemap dates keep calendar dates as days and give times a zone', () => {
    expect(toW3cDatetime(date('2025-09-17', 'Europe/Paris'), 'Europe/Paris')).toBe('2025-09-17');
    expect(toW3cDatetime(date('2025-09-17T08:30', 'Europe/Paris'), 'Europe/Paris')).toBe('2025-09-17T08:30:00+02:00');
  });

  it('latestDate picks the latest instant and ignores missing dates', () => {
    const a = date('2024-01-01', 'UTC');
    const b = date('2024-01-01T10:00:00Z', 'UTC');
    expect(latestDate([a, undefined, b])).toBe(b);
    expect(latestDate([])).toBeUndefined();
  });
});
