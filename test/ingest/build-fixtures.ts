/** Tiny inputs built in the test: WARC records with correct Content-Length, chunked HTTP bodies. */
import { gzipSync } from 'node:zlib';

const encoder = new TextEncoder();

export function bytesOf(...parts: (string | Uint8Array | readonly number[])[]): Uint8Array {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : Uint8Array.from(p))));
}

export interface WarcRecordSpec {
  readonly type: string;
  readonly uri?: string;
  readonly contentType: string;
  readonly block: string | Uint8Array;
}

export function warcRecord(spec: WarcRecordSpec, index = 0): Uint8Array {
  const block = typeof spec.block === 'string' ? encoder.encode(spec.block) : spec.block;
  const head = [
    'WARC/1.0',
    `WARC-Type: ${spec.type}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    'WARC-Date: 2024-05-01T10:00:00Z',
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(index).padStart(12, '0')}>`,
    `Content-Type: ${spec.contentType}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return bytesOf(`${head}\r\n\r\n`, block, '\r\n\r\n');
}

export function warcFile(specs: readonly WarcRecordSpec[], perRecordGzip = false): Uint8Array {
  const records = specs.map((s, i) => warcRecord(s, i));
  return Buffer.concat(perRecordGzip ? records.map((r) => gzipSync(r)) : records);
}

export function httpResponse(headers: readonly string[], body: string | Uint8Array, status = '200 OK'): Uint8Array {
  return bytesOf(`HTTP/1.1 ${status}\r\n${headers.join('\r\n')}\r\n\r\n`, typeof body === 'string' ? encoder.encode(body) : body);
}

/** An HTTP/1.1 chunked body of the given bytes, in chunks of `size`. */
export function chunked(body: Uint8Array, size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < body.length; i += size) {
    const chunk = body.subarray(i, i + size);
    parts.push(bytesOf(`${chunk.length.toString(16)}\r\n`, chunk, '\r\n'));
  }
  parts.push(bytesOf('0\r\n\r\n'));
  return Buffer.concat(parts);
}

export const ARTICLE_HTML = '<!DOCTYPE html><html><head><title>Strike in Baghdad</title></head><body><article><p>A US drone strike killed Qassem Soleimani near Baghdad airport, the Pentagon said.</p></article></body></html>';
