/**
 * Clock times: `1 a.m.`, `10:30 p.m. local time`, `0730 GMT`, `noon`, `midnight`, `7 o'clock`. The value
 * takes the anchor's date (`at 1 a.m.` → 2020-01-03T01:00); an adjacent date takes the clock part
 * instead (see merge.ts). A stated zone becomes the TimeML offset (`GMT` → `Z`); `local time` keeps none.
 */
import { anchorDay } from './anchor.ts';
import { formatDay, pad } from './calendar.ts';
import { ZONES } from './lexicon.ts';
import { readAmount } from './numbers.ts';
import { ZONE, rule } from './patterns.ts';
import { absolute, anchored } from './resolve.ts';
import type { ResolveContext, Resolution, Rule } from './types.ts';

function zoneSuffix(raw: string | undefined): string {
  if (!raw) return '';
  const name = raw.toLowerCase().replace(/[()\s]/g, '');
  if (name === 'localtime') return '';
  return ZONES[name] ?? '';
}

function clockValue(hour: number, minute: number, zone: string | undefined, ctx: ResolveContext): Resolution | null {
  if (hour > 24 || minute > 59) return null;
  const clock = `T${pad(hour % 24)}:${pad(minute)}${zoneSuffix(zone)}`;
  const day = anchorDay(ctx.anchor);
  if (!day) return { ...absolute('TIME', `XXXX-XX-XX${clock}`), clock };
  return { ...anchored('TIME', `${formatDay(day)}${clock}`), clock };
}

const ZONE_TAIL = `(?:\\s(?<zone>${ZONE}|\\((?:${ZONE})\\)))?`;

export const CLOCK_RULES: readonly Rule[] = [
  {
    name: 'clock-ampm',
    trigger: ['am', 'pm', 'm'],
    pattern: rule(`(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s?(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)${ZONE_TAIL}`),
    resolve: (m, ctx) => {
      const g = m.groups!;
      let hour = Number(g.h) % 12;
      if (g.ampm!.toLowerCase().startsWith('p')) hour += 12;
      return clockValue(hour, g.min ? Number(g.min) : 0, g.zone, ctx);
    },
  },
  {
    name: 'clock-24h',
    trigger: ['#'],
    pattern: rule(`(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)${ZONE_TAIL}|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s(?<zone2>GMT|UTC|Zulu|hours|hrs)`),
    resolve: (m, ctx) => {
      const g = m.groups!;
      if (g.hh) return clockValue(Number(g.hh), Number(g.mm), /gmt|utc|zulu/i.test(g.zone2!) ? 'gmt' : undefined, ctx);
      return clockValue(Number(g.h), Number(g.min), g.zone, ctx);
    },
  },
  {
    name: 'clock-oclock',
    trigger: ['clock'],
    pattern: rule(`(?<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock${ZONE_TAIL}`),
    resolve: (m, ctx) => {
      const hour = readAmount(m.groups!.h!);
      return hour === null ? null : clockValue(hour, 0, m.groups!.zone, ctx);
    },
  },
  {
    name: 'clock-named',
    trigger: ['noon', 'midday', 'midnight'],
    pattern: rule(`(?<name>noon|midday|midnight)${ZONE_TAIL}`),
    resolve: (m, ctx) => clockValue(/midnight/i.test(m.groups!.name!) ? 0 : 12, 0, m.groups!.zone, ctx),
  },
];
