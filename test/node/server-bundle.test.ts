// verify-identity/server as an edge runtime gets it: bundled for a neutral platform (no Node built-ins),
// then run in a bare V8 context that has only Web APIs (no process, require or Buffer), as in a Worker.
import assert from 'node:assert/strict';
import { brotliCompressSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { Webhook } from 'standardwebhooks';

const entry = new URL('../../src/server/index.ts', import.meta.url).pathname;

async function bundle(format: 'esm' | 'iife') {
  return build({ entryPoints: [entry], bundle: true, minify: true, format, globalName: 'toolkit', platform: 'neutral', target: 'es2022', write: false, metafile: true, logLevel: 'silent' });
}

describe('verify-identity/server in an edge-style bundle', () => {
  it('bundles for a neutral platform with no node: import, small', async (t) => {
    const result = await bundle('esm');
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.every((input) => input.startsWith('src/')), `only our sources: ${inputs.join(', ')}`);
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((item) => item.path));
    assert.deepEqual(imports, [], 'imports nothing at all');
    const code = result.outputFiles[0]!.contents;
    const brotli = brotliCompressSync(code).length;
    t.diagnostic(`${code.length} B minified, ${brotli} B brotli`);
    assert.ok(brotli < 4096, `${brotli} B brotli`);
  });

  it('verifies a delivery signed by the standardwebhooks package in a context with Web APIs only', async () => {
    const code = (await bundle('iife')).outputFiles[0]!.text;
    const web = { crypto, TextEncoder, TextDecoder, atob, btoa, Headers, URLSearchParams, AbortController, AbortSignal, fetch, setTimeout, clearTimeout, Uint8Array, ArrayBuffer, JSON };
    const context: Record<string, unknown> = { ...web };
    runInNewContext(`${code}; globalThis.toolkit = toolkit;`, context);
    assert.equal(runInNewContext('typeof process + typeof require + typeof Buffer', context), 'undefinedundefinedundefined');
    const secret = `whsec_${btoa('a webhook key of thirty-two byte')}`;
    const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'identity.verification_session.verified', created: 1, livemode: false, data: { object: { id: 'vs_1' } } });
    const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': '' };
    headers['webhook-signature'] = new Webhook(secret).sign('evt_1', new Date(Number(headers['webhook-timestamp']) * 1000), body);
    const toolkit = context['toolkit'] as typeof import('../../src/server/index.js');
    const event = await toolkit.verifyWebhook(body, new Headers(headers), secret);
    assert.equal(event.type, 'identity.verification_session.verified');
  });
});
