// The README's element tables are generated from custom-elements.json, itself generated from the
// JSDoc: this fails when someone edits one without the other (`npm run docs` brings them in step).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { renderApi, withApi } from '../../scripts/api-docs.js';

const root = resolve(import.meta.dirname, '../..');

test('the README documents the element exactly as its JSDoc does', { timeout: 60_000 }, async () => {
  const out = await mkdtemp(join(tmpdir(), 'verify-identity-cem-'));
  try {
    // The analyzer joins --outdir to the working directory, even an absolute one.
    await promisify(execFile)('npx', ['cem', 'analyze', '--outdir', relative(root, out)], { cwd: root });
    const manifest = JSON.parse(await readFile(join(out, 'custom-elements.json'), 'utf8'));
    const modules = manifest.modules as { path: string; declarations?: { tagName?: string }[] }[];
    const module = modules.find((m) => m.declarations?.some((d) => d.tagName === 'verify-identity'));
    assert.equal(module?.path, 'dist/components/verify-identity/verify-identity.js', 'the manifest points at the shipped module');
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    assert.equal(withApi(readme, renderApi(manifest)), readme, 'README.md is out of step with the JSDoc: run `npm run docs`');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
