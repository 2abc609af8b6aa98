/** Download buttons for "export what you see": the given rows as JSON, CSV or Markdown files. */
import { render, type Column, type ExportFormat } from '../export-view.ts';

const TYPES: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' };

export function ExportButtons<R>({ name, title, rows, columns }: { name: string; title: string; rows: readonly R[]; columns: readonly Column<R>[] }) {
  const download = (format: ExportFormat) => {
    const text = render(format, title, location.href, rows, columns);
    const url = URL.createObjectURL(new Blob([text], { type: `${TYPES[format]};charset=utf-8` }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${name}.${format}`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <span class="export" role="group" aria-label={`Export ${title}`}>
      Export:{' '}
      {(['json', 'csv', 'md'] as const).map((f) => <button type="button" class="small" key={f} onClick={() => download(f)}>{f === 'md' ? 'Markdown' : f.toUpperCase()}</button>)}
    </span>
  );
}
