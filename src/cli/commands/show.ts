/** `storyline show ID` — one document: metadata, passages with their spans and times, text or raw bytes. */
import { toExportDocument } from '../../model/export.ts';
import type { Document } from '../../model/index.ts';
import { formatProblem } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Output } from '../io.ts';
import { UsageError, writeJson, writeLine } from '../io.ts';
import { withStore } from '../with-store.ts';

export const showHelp = `storyline show ID [--raw] [--json]
  Shows one document (an id or a unique prefix of at least 6 characters). --raw prints the input bytes.`;

export async function showCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { raw: { type: 'boolean', default: false } }, io.env);
  if (parsed.help) return writeLine(io.stdout, showHelp), 0;
  const id = parsed.positionals[0];
  if (!id || parsed.positionals.length > 1) throw new UsageError('show needs exactly one document ID (see storyline docs)');
  return withStore(parsed.store, async (store) => {
    const doc = await store.getDocument(id);
    if (!doc) {
      writeLine(io.stderr, `${id}: no such document (see storyline docs)`);
      return 1;
    }
    if (parsed.values.raw) {
      const raw = await store.getRaw(doc.id);
      if (raw) io.stdout.write(Buffer.from(raw.bytes).toString('utf8'));
      return 0;
    }
    const pairs = await store.duplicatePairs([doc.id]);
    if (parsed.json) {
      const older = pairs.find((p) => p.kind === 'version' && p.docs[1] === doc.id);
      writeJson(io.stdout, toExportDocument(doc, older?.docs[0] ?? null));
      return 0;
    }
    printDocument(io.stdout, doc);
    for (const w of await store.getWarnings(doc.id)) writeLine(io.stdout, `warning: ${formatProblem(w)}`);
    const story = await store.storyOfDocument(doc.id);
    writeLine(io.stdout, story ? `story:     ${story} — storyline timeline ${story}` : 'story:     none yet (ingest and analyse relate documents into stories)');
    for (const p of pairs) {
      const other = p.docs[0] === doc.id ? p.docs[1] : p.docs[0];
      const role = p.kind === 'version' ? (p.docs[0] === doc.id ? 'newer version' : 'older version') : `${p.kind} copy`;
      writeLine(io.stdout, `${role.padEnd(14)} ${other} (score ${p.score.toFixed(2)}, ${p.passages.length} shared passages)`);
    }
    const a = await store.getAnnotations(doc.id);
    writeLine(io.stdout, a
      ? `analysed: ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.timexes.length} time expressions, ${a.events.length} events, ${a.facts.length} facts, ${a.stances.length} stances — e.g. storyline quotes --document ${doc.id}`
      : 'not analysed yet: storyline analyse');
    return 0;
  });
}

function printDocument(out: Output, doc: Document): void {
  writeLine(out, `${doc.id}  ${doc.kind}`);
  writeLine(out, `title:     ${doc.title ?? '-'}`);
  writeLine(out, `published: ${doc.published ? `${doc.published.value} (${doc.published.precision})` : '-'}`);
  writeLine(out, `source:    ${doc.source ?? '-'}${doc.agencies.length ? `   agencies: ${doc.agencies.join(', ')}` : ''}`);
  writeLine(out, `origin:    ${doc.origin}${doc.url ? `   url: ${doc.url}` : ''}`);
  writeLine(out);
  for (const p of doc.passages) {
    const head = `[${p.start}-${p.end}) ${p.kind}${p.time ? ` ${p.time}` : ''}`;
    writeLine(out, `${head}\n  ${doc.text.slice(p.start, p.end).replace(/\n+/g, '\n  ')}`);
  }
}
