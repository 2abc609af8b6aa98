/**
 * The reactions matrix (actor × stance; each cell opens its evidence, every line cited) and the
 * escalation chart by day (conflict and cooperation intensity).
 */
import { useState } from 'preact/hooks';
import { useApi } from '../api.ts';
import { CitationBadges } from '../components/citation-badges.tsx';
import { DayChart } from '../components/chart.tsx';
import { Pending } from '../components/status-line.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { citationColumns } from '../export-view.ts';
import type { ActorRow, ReactionCell, Reactions, StoryDocument } from '../types.ts';

const TOP_ACTORS = 15;

/** One exported row per filled cell of the matrix: the actor, the stance and the evidence it rests on. */
interface EvidenceRow { actor: ActorRow; stance: string; count: number; sources: number; evidence: ReactionCell['evidence'] }

function evidenceRows(actors: readonly ActorRow[]): EvidenceRow[] {
  return actors.flatMap((actor) => actor.cells.filter((c) => c.count > 0).map((c) => ({ actor, stance: c.stance, count: c.count, sources: c.sources, evidence: c.evidence })));
}

export function ReactionsSection({ path, reload, documents }: { path: string; reload: number; documents: ReadonlyMap<string, StoryDocument> }) {
  const reactions = useApi<Reactions>(path, reload);
  const [open, setOpen] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  return (
    <section aria-labelledby="reactions-title">
      <h2 id="reactions-title">Reactions</h2>
      <Pending result={reactions} what="the reactions">
        {(data) => (
          <>
            {data.matrix.actors.length > 0 && (
              <ExportButtons name={`reactions-${data.story}`} title={`Reactions in story ${data.story}`} rows={evidenceRows(data.matrix.actors)} columns={[
                { name: 'actor', value: (r) => r.actor.name }, { name: 'type', value: (r) => r.actor.type }, { name: 'stance', value: (r) => r.stance },
                { name: 'statements', value: (r) => r.count }, { name: 'sources', value: (r) => r.sources },
                { name: 'evidence', value: (r) => r.evidence.map((e) => e.text).join(' | ') },
                ...citationColumns((r: EvidenceRow) => r.evidence, location.origin),
              ]} />
            )}
            {data.matrix.actors.length === 0 ? <p>No reactions recorded.</p> : (
              <div class="table-wrap">
                <table class="matrix">
                  <caption>Who reacted how (number of statements; open a cell for its evidence)</caption>
                  <thead><tr><th scope="col">Actor</th>{data.matrix.stances.map((s) => <th scope="col" key={s}>{s.replace('_', ' ')}</th>)}</tr></thead>
                  <tbody>{(all ? data.matrix.actors : data.matrix.actors.slice(0, TOP_ACTORS)).map((a) => <MatrixRow actor={a} stances={data.matrix.stances} open={open} setOpen={setOpen} key={a.key} />)}</tbody>
                </table>
                {data.matrix.actors.length > TOP_ACTORS && (
                  <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
                    {all ? `Show the ${TOP_ACTORS} most active actors` : `Show all ${data.matrix.actors.length} actors`}
                  </button>
                )}
              </div>
            )}
            {open && <Evidence actors={data.matrix.actors} open={open} documents={documents} />}
            {data.escalation.length > 0 && (
              <DayChart
                title="Escalation by day (sum of event intensity)"
                days={data.escalation.map((d) => d.date)}
                series={[
                  { label: 'conflict', values: data.escalation.map((d) => d.conflict), color: '#b3261e' },
                  { label: 'cooperation', values: data.escalation.map((d) => d.cooperation), color: '#1b6e3a' },
                ]}
              />
            )}
          </>
        )}
      </Pending>
    </section>
  );
}

function MatrixRow({ actor, stances, open, setOpen }: { actor: ActorRow; stances: string[]; open: string | null; setOpen: (key: string | null) => void }) {
  return (
    <tr>
      <th scope="row"><a href={`/entities/${encodeURIComponent(actor.key)}`}>{actor.name}</a></th>
      {stances.map((stance) => {
        const cell = actor.cells.find((c) => c.stance === stance);
        const key = `${actor.key}|${stance}`;
        if (!cell || cell.count === 0) return <td key={stance} class="empty">–</td>;
        return (
          <td key={stance}>
            <button type="button" aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}
              aria-label={`${actor.name} ${stance.replace('_', ' ')}: ${cell.count} statements from ${cell.sources} sources`}>
              {cell.count}
            </button>
          </td>
        );
      })}
    </tr>
  );
}

function Evidence({ actors, open, documents }: { actors: ActorRow[]; open: string; documents: ReadonlyMap<string, StoryDocument> }) {
  const [key, stance] = open.split('|');
  const actor = actors.find((a) => a.key === key);
  const cell = actor?.cells.find((c) => c.stance === stance);
  if (!actor || !cell) return null;
  return (
    <div class="evidence" role="region" aria-label={`Evidence: ${actor.name} ${stance}`}>
      <h3>{actor.name} · {stance?.replace('_', ' ')}</h3>
      <ul>{cell.evidence.map((e, i) => <li key={i}>{e.text} <CitationBadges citations={[e]} documents={documents} /></li>)}</ul>
    </div>
  );
}
