/**
 * Renewal dates where local time is most likely to slip a day: month and year
 * ends, 29 February, DST changes (at midnight in Brazil), the day Samoa
 * skipped, and the ends of the accepted range. The expected values are the
 * same in every time zone.
 */
export const EDGE_DATES: ReadonlyArray<
  [label: string, currentExpiry: string, today: string, newExpiry: string, daysUntilExpiry: number, lapsed: boolean]
> = [
  ["the article's example", '2021-04-01', '2021-01-15', '2022-04-01', 76, false],
  ['renewing months early keeps the whole year', '2021-04-01', '2020-05-01', '2022-04-01', 335, false],
  ['expiry today: still valid, 0 days left', '2021-04-01', '2021-04-01', '2022-04-01', 0, false],
  ['expiry tomorrow', '2021-04-01', '2021-03-31', '2022-04-01', 1, false],
  ['lapsed yesterday: renewed from today', '2021-04-01', '2021-04-02', '2022-04-02', -1, true],
  ['lapsed long ago: renewed from today', '2020-01-10', '2021-06-30', '2022-06-30', -537, true],
  ['29 February becomes 28 February', '2024-02-29', '2023-06-01', '2025-02-28', 273, false],
  ['lapsed on 29 February, renewed on 1 March', '2024-02-29', '2024-03-01', '2025-03-01', -1, true],
  ['renewed on 29 February after lapsing', '2024-01-31', '2024-02-29', '2025-02-28', -29, true],
  ['28 February into a leap year stays 28 February', '2023-02-28', '2023-01-01', '2024-02-28', 58, false],
  ['31 December crosses the year', '2021-12-31', '2021-12-30', '2022-12-31', 1, false],
  ['across the US spring DST change', '2021-03-14', '2021-03-13', '2022-03-14', 1, false],
  ['across the Brazilian DST start at midnight', '2018-11-04', '2018-11-03', '2019-11-04', 1, false],
  ['across the European autumn DST change', '2021-10-31', '2021-10-30', '2022-10-31', 1, false],
  ['earliest date accepted', '2000-01-01', '2000-01-01', '2001-01-01', 0, false],
  ['latest date accepted', '9997-12-31', '9997-12-31', '9998-12-31', 0, false],
  ['the day Samoa skipped (Pacific/Apia, Pacific/Fakaofo)', '2011-12-30', '2011-12-29', '2012-12-30', 1, false],
  ['a year later is the day Samoa skipped', '2010-12-30', '2010-12-01', '2011-12-30', 29, false],
  ['across the skipped day', '2011-12-31', '2011-12-29', '2012-12-31', 2, false],
];
