/**
 * "Export what you see": the rows a view shows, as JSON, CSV or Markdown, each row with its
 * citations and a stable link back. Pure (no DOM) so node tests can run it. Cells are untrusted
 * text: CSV cells that a spreadsheet would read as a formula get a leading apostrophe, and
 * Markdown cells have their pipes and line breaks escaped.
 */
export type Cell = string | number | null;
export interface Column<R> { name: string; value: (row: R) => Cell }
export type ExportFormat = 'json' | 'csv' | 'md';

export function toJson<R>(title: string, link: string, rows: readonly R[], columns: readonly Column<R>[]): string {
  const items = rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row)])));
  return `${JSON.stringify({ title, link, exported: new Date().toISOString(), items }, null, 2)}\n`;
}

export function toCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.name)), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export function toMarkdown<R>(title: string, link: string, rows: readonly R[], columns: readonly Column<R>[]): string {
  const header = `| ${columns.map((c) => mdCell(c.name)).join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${columns.map((c) => mdCell(c.value(row))).join(' | ')} |`);
  return `# ${mdCell(title)}\n\n<${link}>\n\n${[header, rule, ...body].join('\n')}\n`;
}

export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function mdCell(value: Cell): string {
  return (value === null ? '' : String(value)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

export function render<R>(format: ExportFormat, title: string, link: string, rows: readonly R[], columns: readonly Column<R>[]): string {
  if (format === 'json') return toJson(title, link, rows, columns);
  if (format === 'csv') return toCsv(rows, columns);
  return toMarkdown(title, link, rows, columns);
}

/**
 * The two columns every exported derived line carries: its citations (`doc:start-end`, space
 * separated) and a stable link to each cited span (`origin` + the page's citation URL).
 */
export function citationColumns<R>(citationsOf: (row: R) => readonly { doc: string; start: number; end: number }[], origin: string): Column<R>[] {
  return [
    { name: 'citations', value: (row) => citationsOf(row).map((c) => `${c.doc}:${c.start}-${c.end}`).join(' ') },
    { name: 'links', value: (row) => citationsOf(row).map((c) => `${origin}/doc/${encodeURIComponent(c.doc)}?span=${c.start}-${c.end}`).join(' ') },
  ];
}
