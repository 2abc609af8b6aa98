/** Corrections: every entity correction made so far, oldest first, each with a link and an undo. */
import { useState } from 'preact/hooks';
import { CorrectionList } from './entity-corrections.tsx';

export function CorrectionsView() {
  const [reload, setReload] = useState(0);
  return (
    <section aria-labelledby="corrections-title">
      <h1 id="corrections-title">Corrections</h1>
      <p>Merges, splits, renames and types set by people. Make them on an entity’s page (open one from a story or a search),
        or with <code>storyline correct</code>; undo one here.</p>
      <CorrectionList reload={reload} onChanged={() => setReload((n) => n + 1)} />
    </section>
  );
}
