/**
 * Send one file to POST /api/ingest and record its outcome on the item. XMLHttpRequest, because
 * fetch still reports no upload progress. The server's per-file message (the CLI's message) is
 * kept as the item's message; a failure is data on the item, never an exception.
 */
export interface UploadItem { key: number; file: File; state: 'queued' | 'sending' | 'done' | 'failed'; progress: number; message: string }

/** One file's result from POST /api/ingest (IngestFileResult in src/server/routes/ingest.ts). */
interface FileResult { file: string; ingested: number; unchanged: number; failed: number; messages: string[] }
interface IngestResult { files: FileResult[]; summary: string; failed: boolean; messages: string[] }

export function sendFile(item: UploadItem, changed: () => void): Promise<void> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const form = new FormData();
    form.append('files', item.file, item.file.webkitRelativePath || item.file.name);
    request.open('POST', '/api/ingest');
    request.responseType = 'json';
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (e) => { if (e.lengthComputable) { item.progress = e.loaded / e.total; changed(); } });
    request.addEventListener('load', () => { settle(item, request.status, request.response); resolve(); });
    request.addEventListener('error', () => { fail(item, 'the connection to the server failed'); resolve(); });
    request.addEventListener('abort', () => { fail(item, 'the upload was cancelled'); resolve(); });
    request.send(form);
  });
}

function settle(item: UploadItem, status: number, body: unknown): void {
  item.progress = 1;
  if (status < 200 || status >= 300) {
    const problem = (body ?? {}) as { detail?: string; title?: string };
    return fail(item, problem.detail ?? problem.title ?? `the server answered ${status}`);
  }
  const result = body as IngestResult | null;
  const file = result?.files?.[0];
  const messages = [...(file?.messages ?? []), ...(result?.messages ?? [])];
  if (!file) return fail(item, messages.join('; ') || 'the server returned no result for this file');
  if (file.failed > 0 || file.ingested + file.unchanged === 0) {
    return fail(item, messages.join('; ') || 'no document could be read from this file');
  }
  item.state = 'done';
  const counts = [file.ingested && `${file.ingested} stored`, file.unchanged && `${file.unchanged} already stored`].filter(Boolean).join(', ');
  item.message = [counts, ...messages].filter(Boolean).join('; ');
}

function fail(item: UploadItem, message: string): void {
  item.state = 'failed';
  item.message = message;
}
