import { describe, expect, it } from 'vitest';
import { createDateReader, dateFromFileName, formatSiteDate, parseSiteDate, type SiteDate } from '../../../src/parse/dates.js';

function parse(value: unknown, zone = 'UTC'): SiteDate {
  const result = parseSiteDate(value, zone);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('parseSiteDate', () => {
  it('keeps a calendar date as that day in every zone', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const date = parse('2025-09-17', zone);
      expect(date.iso).toBe('2025-09-17');
      expect(date.dateOnly).toBe(true);
      expect(formatSiteDate(date, zone)).toBe('September 17, 2025');
    }
  });

  it('keeps the instant of a date-time with an offset', () => {
    const date = parse('2023-06-01T08:30:00+02:00', 'Europe/London');
    expect(date.ms).toBe(Date.UTC(2023, 5, 1, 6, 30));
    expect(date.iso).toBe('2023-06-01T07:30:00+01:00');
  });

  it('reads a date-time without an offset in the site time zone', () => {
    expect(parse('2022-11-20 18:45', 'America/New_York').ms).toBe(Date.UTC(2022, 10, 20, 23, 45));
    expect(parse('2022-11-20T18:45:00', 'UTC').ms).toBe(Date.UTC(2022, 10, 20, 18, 45));
  });

  it('accepts Jekyll-style date-times with a space before the offset', () => {
    expect(parse('2016-10-06 11:10:38 -0700').ms).toBe(Date.UTC(2016, 9, 6, 18, 10, 38));
  });

  it('accepts TOML date objects', () => {
    const localDate = Object.assign(new Date(0), { toISOString: () => '2025-09-17' });
    expect(parse(localDate).iso).toBe('2025-09-17');
  });

  it('rejects impossible and malformed dates with a message', () => {
    for (const bad of ['2025-02-30', '2025-13-01', 'yesterday', '17/09/2025', 42, ['2025-01-01']]) {
      expect(parseSiteDate(bad, 'UTC')).toHaveProperty('error');
    }
  });

  it('takes a calendar date from a YYYY-MM-DD- file name prefix', () => {
    expect(dateFromFileName('2024-02-14-café-crème.md', 'UTC')?.iso).toBe('2024-02-14');
    expect(dateFromFileName('notes.md', 'UTC')).toBeUndefined();
  });

  it('reads dates through a build-wide reader exactly as one by one', () => {
    const readDate = createDateReader('Europe/Berlin');
    const values = ['2025-03-30', '2025-03-30 02:30', '2025-10-26T02:30', '2025-09-17T08:30:00+02:00', '2025-02-30', 'soon', 42, new Date(0), '2025-03-30'];
    for (const value of [...values, ...values]) expect(readDate(value)).toEqual(parseSiteDate(value, 'Europe/Berlin'));
  });
});
