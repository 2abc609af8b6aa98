/**
 * Time-zone names as pages print them, as data. `names` are matched whole-word: upper-case
 * abbreviations case-sensitively (so `et` and `pt` in running text do not count), longer names
 * case-insensitively. `offsetMinutes` is set where the abbreviation pins one offset (`BST` is
 * always UTC+1), so a suffixed label is exact even across a DST change.
 */
export interface ZoneName {
  readonly names: readonly string[];
  readonly zone: string;
  readonly offsetMinutes?: number;
}

export const ZONE_NAMES: readonly ZoneName[] = [
  { names: ['Coordinated Universal Time', 'Universal Time'], zone: 'UTC' },
  { names: ['UTC'], zone: 'UTC', offsetMinutes: 0 },
  { names: ['GMT/BST', 'BST/GMT', 'UK time', 'British time', 'London time'], zone: 'Europe/London' },
  { names: ['GMT', 'Greenwich Mean Time'], zone: 'Europe/London', offsetMinutes: 0 },
  { names: ['BST', 'British Summer Time'], zone: 'Europe/London', offsetMinutes: 60 },
  { names: ['CET/CEST', 'Central European Time', 'German time', 'Berlin time', 'Paris time', 'Brussels time'], zone: 'Europe/Berlin' },
  { names: ['CET'], zone: 'Europe/Berlin', offsetMinutes: 60 },
  { names: ['CEST', 'Central European Summer Time'], zone: 'Europe/Berlin', offsetMinutes: 120 },
  { names: ['EET/EEST', 'Eastern European Time', 'Kyiv time', 'Kiev time'], zone: 'Europe/Kyiv' },
  { names: ['EET'], zone: 'Europe/Kyiv', offsetMinutes: 120 },
  { names: ['EEST'], zone: 'Europe/Kyiv', offsetMinutes: 180 },
  { names: ['MSK', 'Moscow time'], zone: 'Europe/Moscow', offsetMinutes: 180 },
  { names: ['ET', 'Eastern Time', 'US Eastern', 'Washington time', 'New York time'], zone: 'America/New_York' },
  { names: ['EST', 'Eastern Standard Time'], zone: 'America/New_York', offsetMinutes: -300 },
  { names: ['EDT', 'Eastern Daylight Time'], zone: 'America/New_York', offsetMinutes: -240 },
  { names: ['CT', 'Central Time'], zone: 'America/Chicago' },
  { names: ['CST'], zone: 'America/Chicago', offsetMinutes: -360 },
  { names: ['CDT'], zone: 'America/Chicago', offsetMinutes: -300 },
  { names: ['MT', 'Mountain Time'], zone: 'America/Denver' },
  { names: ['MST'], zone: 'America/Denver', offsetMinutes: -420 },
  { names: ['MDT'], zone: 'America/Denver', offsetMinutes: -360 },
  { names: ['PT', 'Pacific Time'], zone: 'America/Los_Angeles' },
  { names: ['PST'], zone: 'America/Los_Angeles', offsetMinutes: -480 },
  { names: ['PDT'], zone: 'America/Los_Angeles', offsetMinutes: -420 },
  { names: ['Sydney time', 'Australian Eastern Time'], zone: 'Australia/Sydney' },
  { names: ['AEST'], zone: 'Australia/Sydney', offsetMinutes: 600 },
  { names: ['AEDT'], zone: 'Australia/Sydney', offsetMinutes: 660 },
  { names: ['NZ time', 'New Zealand time'], zone: 'Pacific/Auckland' },
  { names: ['NZST'], zone: 'Pacific/Auckland', offsetMinutes: 720 },
  { names: ['NZDT'], zone: 'Pacific/Auckland', offsetMinutes: 780 },
  { names: ['JST', 'Japan time', 'Tokyo time'], zone: 'Asia/Tokyo', offsetMinutes: 540 },
  { names: ['HKT', 'Hong Kong time'], zone: 'Asia/Hong_Kong', offsetMinutes: 480 },
  { names: ['India time', 'Indian Standard Time'], zone: 'Asia/Kolkata', offsetMinutes: 330 },
  { names: ['Tehran time', 'Iran time', 'IRST'], zone: 'Asia/Tehran' },
  { names: ['Baghdad time', 'Iraq time'], zone: 'Asia/Baghdad', offsetMinutes: 180 },
  { names: ['Israel time', 'Jerusalem time'], zone: 'Asia/Jerusalem' },
  { names: ['SAST', 'South Africa time'], zone: 'Africa/Johannesburg', offsetMinutes: 120 },
];
