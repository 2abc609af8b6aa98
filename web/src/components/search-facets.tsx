/**
 * The search page's facets: outlet, kind, publication day or month, entity and story, each value a
 * link that adds its filter to the search (or, when it is the active filter, removes it), with how many
 * of the counted matches carry it. Counts come from the API (the newest matches, not only the page on
 * screen); labels are text nodes, never markup.
 */
import type { SearchFacets, SearchFacetValue } from '../types.ts';

/** The URL filter a facet sets: its name, and the filters one value stands for. */
type FilterLink = (filters: Record<string, string | null>) => string;

interface Props {
  facets: SearchFacets;
  counted: number;
  capped: boolean;
  active: Record<string, string | null>;
  link: FilterLink;
}

export function SearchFacetList({ facets, counted, capped, active, link }: Props) {
  const dateFilters = (v: string) => ({ from: v, to: v });
  const groups: [string, string, SearchFacetValue[], (v: string) => Record<string, string>][] = [
    ['outlet', 'Outlet', facets.outlet, (v) => ({ outlet: v })],
    ['kind', 'Kind', facets.kind, (v) => ({ kind: v })],
    ['date', facets.date.unit === 'day' ? 'Day' : 'Month', facets.date.values, dateFilters],
    ['entity', 'Entity', facets.entity, (v) => ({ entity: v })],
    ['story', 'Story', facets.story, (v) => ({ story: v })],
  ];
  return (
    <aside aria-labelledby="facets-title" class="facets">
      <h2 id="facets-title" class="facets-title">Refine</h2>
      <p class="muted">{capped ? `Counted over the newest ${counted} matches.` : `${counted} ${counted === 1 ? 'match' : 'matches'}.`}</p>
      {groups.map(([name, label, values, filtersOf]) => {
        if (values.length === 0) return null;
        return (
          <section key={name} aria-labelledby={`facet-${name}`}>
            <h3 id={`facet-${name}`}>{label}</h3>
            <ul>
              {values.map((v) => {
                const filters = filtersOf(v.value);
                const on = Object.entries(filters).every(([k, value]) => active[k] === value);
                const target = on ? Object.fromEntries(Object.keys(filters).map((k) => [k, null])) : filters;
                return (
                  <li key={v.value}>
                    <a href={link(target)} aria-current={on ? 'true' : undefined} class={on ? 'facet-on' : undefined}
                      aria-label={`${on ? 'Remove filter' : 'Only'} ${label.toLowerCase()} ${v.label}: ${v.count}`}>
                      {on ? '✓ ' : ''}{v.label}
                    </a> <span class="muted">{v.count}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
