/**
 * Test helpers over a running server: fetch with the security headers checked on every response, and
 * validation of a response body against the OpenAPI document the server itself serves.
 */
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers.ts';

export interface Hit {
  readonly status: number;
  readonly type: string;
  readonly body: unknown;
  readonly text: string;
  readonly headers: Headers;
}

export function assertSecurityHeaders(headers: Headers, where: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  assert.ok(csp === CONTENT_SECURITY_POLICY || csp.startsWith('sandbox'), `${where}: CSP is ${csp}`);
  assert.ok(!/unsafe-inline/.test(csp), `${where}: CSP allows inline script`);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `${where}: nosniff`);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', `${where}: referrer policy`);
}

export async function hit(base: string, path: string, init: RequestInit = {}): Promise<Hit> {
  const res = await fetch(new URL(path, base), init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  assertSecurityHeaders(res.headers, path);
  let body: unknown = null;
  if (/json/.test(type) && !/ndjson/.test(type)) body = JSON.parse(text);
  return { status: res.status, type, body, text, headers: res.headers };
}

/** Validates bodies against `paths[path][method].responses[status].content[type].schema` of the served document. */
export function openApiValidator(doc: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(doc, 'openapi.json');
  const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return (path: string, method: string, status: number, contentType: string, body: unknown): void => {
    const ref = `openapi.json#/paths/${pointer(path)}/${method}/responses/${status}/content/${pointer(contentType)}/schema`;
    const validate = ajv.compile({ $ref: ref });
    assert.ok(validate(body), `${method.toUpperCase()} ${path} ${status} does not match its schema: ${ajv.errorsText(validate.errors)}`);
  };
}
