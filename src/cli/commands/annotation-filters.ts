/** The filters shared by `entities | quotes | times | events | facts | stances`. */
import type { AnnotationFilter } from '../../store/index.ts';
import type { ParsedArgs } from '../args.ts';
import { integerFlag } from '../args.ts';
import { UsageError } from '../io.ts';

export const FILTER_OPTIONS = {
  document: { type: 'string' },
  entity: { type: 'string' },
  speaker: { type: 'string' },
  type: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
} as const;

export const FILTER_HELP = `[--document ID] [--entity NAME] [--speaker NAME] [--type T] [--from DATE] [--to DATE] [--limit 100] [--json]`;

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}Z?)?)?)?$/;

export function filterOf(parsed: ParsedArgs): AnnotationFilter {
  const v = parsed.values;
  for (const flag of ['from', 'to'] as const) {
    const value = v[flag];
    if (typeof value === 'string' && !DATE.test(value)) throw new UsageError(`--${flag} expects a date like 2020-01-03 (or 2020-01, 2020), got "${value}"`);
  }
  const text = (name: keyof typeof FILTER_OPTIONS) => (typeof v[name] === 'string' ? { [name]: v[name] as string } : {});
  return {
    ...text('document'), ...text('entity'), ...text('speaker'), ...text('type'), ...text('from'), ...text('to'),
    limit: integerFlag(v.limit, 'limit', 100),
  };
}
