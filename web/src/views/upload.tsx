/**
 * Upload: drop or choose many files (or a folder); each file is sent on its own request, two at a
 * time, with its own progress bar and its own result, so one failure never stops the batch and a
 * large batch never freezes the page (state changes are batched into one render per frame).
 * "Retry failed" sends the failed files again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendFile, type UploadItem } from '../upload-send.ts';

const PARALLEL = 2;

export function UploadView() {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useUploadQueue(setItems);
  const [dragging, setDragging] = useState(false);
  const onFiles = (files: FileList | null) => { if (files && files.length) queue.add([...files]); };
  const failed = items.filter((i) => i.state === 'failed').length;
  const done = items.filter((i) => i.state === 'done').length;
  return (
    <section aria-labelledby="upload-title">
      <h1 id="upload-title">Upload reports</h1>
      <p>Text, HTML, JSON / JSON Lines records, WARC archives, or gzip of any of these — the formats <code>storyline ingest</code> reads.</p>
      <div class={`dropzone${dragging ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); onFiles(e.dataTransfer?.files ?? null); }}>
        <p>Drop files here, or</p>
        <label class="button">Choose files<input class="visually-hidden" type="file" multiple onChange={(e) => onFiles(e.currentTarget.files)} /></label>
        <label class="button">Choose a folder<input class="visually-hidden" type="file" multiple {...{ webkitdirectory: true }} onChange={(e) => onFiles(e.currentTarget.files)} /></label>
      </div>
      {items.length > 0 && (
        <>
          <p role="status" aria-live="polite">{done} of {items.length} stored{failed ? `, ${failed} failed` : ''}.</p>
          {failed > 0 && <button type="button" onClick={queue.retryFailed}>Retry failed ({failed})</button>}
          <ul class="uploads">
            {items.map((item) => (
              <li key={item.key} class={`upload-${item.state}`}>
                <span class="file-name">{item.file.webkitRelativePath || item.file.name}</span>
                <progress max={1} value={item.progress} aria-label={`Upload of ${item.file.name}`} />
                <span class="upload-state">{item.state}</span>
                {item.message && <span class={item.state === 'failed' ? 'error' : 'muted'}>{item.message}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Keeps the list outside Preact's state and publishes a copy at most once per animation frame. */
function useUploadQueue(publish: (items: UploadItem[]) => void) {
  const state = useRef({ items: [] as UploadItem[], running: 0, frame: 0, next: 0 });
  const schedule = () => {
    if (state.current.frame) return;
    state.current.frame = requestAnimationFrame(() => { state.current.frame = 0; publish([...state.current.items]); });
  };
  const pump = () => {
    const s = state.current;
    while (s.running < PARALLEL) {
      const item = s.items.find((i) => i.state === 'queued');
      if (!item) break;
      s.running += 1;
      item.state = 'sending';
      sendFile(item, schedule).finally(() => { s.running -= 1; schedule(); pump(); });
    }
    schedule();
  };
  useEffect(() => () => cancelAnimationFrame(state.current.frame), []);
  return {
    add(files: File[]) {
      for (const file of files) state.current.items.push({ key: state.current.next++, file, state: 'queued', progress: 0, message: '' });
      pump();
    },
    retryFailed() {
      for (const item of state.current.items) if (item.state === 'failed') Object.assign(item, { state: 'queued', progress: 0, message: '' });
      pump();
    },
  };
}
