// Every error code an integrator can get is in the `VerifyErrorCode` union, and docs/errors.md lists exactly the
// union (generated from it). The codes the mock answers with are typed by the union at compile time; the codes
// set elsewhere are found in the source here.

import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import type { ImageErrorCode } from '../../src/capture/errors.js';
import type { ClientErrorCode, KnownVerifyErrorCode, PhotoErrorCode, ServerErrorCode, ServiceErrorCode, VerifyError, VerifyErrorCode } from '../../src/core/errors.js';
import { WEBHOOK_ERROR_CODES, type WebhookErrorCode } from '../../src/server/webhooks.js';
import { ERRORS_PAGE, readErrorCodes, withErrorCodes } from '../../scripts/error-codes.js';

const root = resolve(import.meta.dirname, '../..');

// Compile-time: these lines fail `npm run typecheck` when the types drift apart.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typed: [Equal<VerifyError['code'], VerifyErrorCode>, Equal<ImageErrorCode, PhotoErrorCode>, Equal<Exclude<WebhookErrorCode, ServerErrorCode>, never>] = [true, true, true];
// A service's future code stays assignable; a known one is offered by editors.
const future: VerifyErrorCode = 'some_future_code';
const mismatch: ClientErrorCode = 'client_secret_session_mismatch';

describe('error codes', () => {
  const known = new Set(readErrorCodes().map(({ code }) => code));
  const isKnown = (code: string) => known.has(code) || (/^http_\d+$/.test(code) && known.has('http_${number}'));

  it('docs/errors.md lists exactly the union (npm run -s docs:errors)', async () => {
    assert.deepEqual(typed, [true, true, true]);
    assert.ok(future && mismatch);
    const page = await readFile(ERRORS_PAGE, 'utf8');
    assert.equal(withErrorCodes(page), page, 'docs/errors.md is out of step with src/core/errors.ts: run `npm run -s docs:errors`');
    const listed = [...page.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    assert.deepEqual(new Set(listed), known);
    assert.equal(listed.length, known.size, 'each code listed once');
  });

  it('every code literal in src/ is in the union', async () => {
    const files = (await readdir(join(root, 'src'), { recursive: true })).filter((file) => file.endsWith('.ts') && !file.startsWith('locales'));
    const found = new Map<string, string>();
    for (const file of files) {
      const source = await readFile(join(root, 'src', file), 'utf8');
      // `{ type: …, code: 'x' }` (a VerifyError's init or a plain error object) and `[type, 'x']` (http.ts's fallbacks).
      const patterns = [/\bcode: '([a-z][a-z0-9_]*)'/g, ...(file === join('core', 'http.ts') ? [/\['[a-z_]+', '([a-z][a-z0-9_]*)'\]/g] : [])];
      for (const pattern of patterns) for (const [, code] of source.matchAll(pattern)) found.set(code!, file);
    }
    for (const code of WEBHOOK_ERROR_CODES) found.set(code, 'server/webhooks.ts');
    assert.ok(found.has('client_secret_session_mismatch') && found.has('api_base_relative') && found.has('rate_limited'), 'the scan finds codes');
    const unknown = [...found].filter(([code]) => !isKnown(code)).map(([code, file]) => `${code} (${file})`);
    assert.deepEqual(unknown, [], 'codes used but not in src/core/errors.ts');
  });

  it('the OpenAPI document’s error codes are ServiceErrorCode (but the mock-only ones)', async () => {
    const document = parse(await readFile(join(root, 'openapi/verify-identity.openapi.yaml'), 'utf8')) as { components: { schemas: Record<string, unknown> } };
    const codes = new Set<string>();
    // Every `code` property under an `error` property, however the schemas nest them (items, oneOf…).
    const walk = (node: unknown, inError: boolean): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && inError && typeof value === 'object' && value && 'code' in value) {
          const code = (value as { code: { enum?: string[]; const?: string } }).code;
          for (const name of [...(code.enum ?? []), ...(code.const ? [code.const] : [])]) codes.add(name);
        }
        walk(value, inError || key === 'error');
      }
    };
    walk(document.components.schemas, false);
    const service = readErrorCodes().filter(({ group, description }) => group === 'ServiceErrorCode' && !/^The mock .*only/.test(description));
    assert.deepEqual(new Set(service.map(({ code }) => code)), codes);
    const serviceType: ServiceErrorCode[] = ['api_error'];
    const knownType: KnownVerifyErrorCode[] = serviceType;
    assert.ok(knownType.every(isKnown));
  });
});
