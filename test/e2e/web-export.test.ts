/**
 * "Export what you see" (web/src/export-view.ts): rows to JSON, CSV and Markdown. Cells are
 * untrusted text, so the cases include formula triggers, quotes, pipes, line breaks and markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationColumns, csvCell, mdCell, toCsv, toJson, toMarkdown, type Column } from '../../web/src/export-view.ts';

const CSV_CASES: [string | number | null, string][] = [
  ['plain', 'plain'], [42, '42'], [null, ''], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
  ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`], ['+1', "'+1"], ['-2', "'-2"], ['@cmd', "'@cmd"],
];
for (const [value, expected] of CSV_CASES) test(`csvCell(${JSON.stringify(value)})`, () => assert.equal(csvCell(value), expected));

const MD_CASES: [string | null, string][] = [
  ['a | b', 'a \\| b'], ['line\nbreak', 'line break'], ['<script>x</script>', '&lt;script>x&lt;/script>'], [null, ''], ['back\\slash', 'back\\\\slash'],
];
for (const [value, expected] of MD_CASES) test(`mdCell(${JSON.stringify(value)})`, () => assert.equal(mdCell(value), expected));

interface Row { date: string; text: string; doc: string }
const ROWS: Row[] = [{ date: '2020-01-03', text: 'Strike, "confirmed"', doc: 'd1' }, { date: '2020-01-04', text: 'a | b', doc: 'd2' }];
const COLUMNS: Column<Row>[] = [{ name: 'date', value: (r) => r.date }, { name: 'text', value: (r) => r.text }, { name: 'link', value: (r) => `http://h/doc/${r.doc}?span=1-2` }];

test('toCsv: a header row, then one line per row', () => {
  assert.equal(toCsv(ROWS, COLUMNS), 'date,text,link\r\n2020-01-03,"Strike, ""confirmed""",http://h/doc/d1?span=1-2\r\n2020-01-04,a | b,http://h/doc/d2?span=1-2\r\n');
});

test('toMarkdown: title, link back, and a table', () => {
  assert.equal(toMarkdown('Timeline', 'http://h/stories/s1', ROWS, COLUMNS), [
    '# Timeline', '', '<http://h/stories/s1>', '',
    '| date | text | link |', '| --- | --- | --- |',
    '| 2020-01-03 | Strike, "confirmed" | http://h/doc/d1?span=1-2 |', '| 2020-01-04 | a \\| b | http://h/doc/d2?span=1-2 |', '',
  ].join('\n'));
});

test('toJson: the rows as objects with the link back', () => {
  const parsed = JSON.parse(toJson('Timeline', 'http://h/stories/s1', ROWS, COLUMNS)) as { title: string; link: string; items: Record<string, string>[] };
  assert.equal(parsed.link, 'http://h/stories/s1');
  assert.deepEqual(parsed.items[1], { date: '2020-01-04', text: 'a | b', link: 'http://h/doc/d2?span=1-2' });
});

test('citationColumns: every cited span as doc:start-end and as a link back to it', () => {
  const rows = [{ cites: [{ doc: 'd 1', start: 3, end: 9 }, { doc: 'd2', start: 0, end: 4 }] }, { cites: [] }];
  const columns = citationColumns((r: { cites: { doc: string; start: number; end: number }[] }) => r.cites, 'http://h');
  assert.deepEqual(columns.map((c) => c.name), ['citations', 'links']);
  assert.deepEqual(rows.map((r) => columns.map((c) => c.value(r))), [
    ['d 1:3-9 d2:0-4', 'http://h/doc/d%201?span=3-9 http://h/doc/d2?span=0-4'],
    ['', ''],
  ]);
});
