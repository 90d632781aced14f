// `npm test` starts with scripts/check-browsers.mjs (its `pretest`): a missing browser is named with the command
// that installs it. Run as a child process with the environment it reads, never allowed to install anything.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { describe as describeMissing, findMissing, MEDIA_PACKAGES } from '../../scripts/check-browsers.mjs';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../../scripts/check-browsers.mjs');
const projectRoot = resolve(import.meta.dirname, '../..');

/** The script's exit code and error output under `env` (added to a PATH-less environment unless given). */
async function check(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return run(process.execPath, [script], { env: { VERIFY_IDENTITY_NO_INSTALL: '1', ...env } }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

describe('scripts/check-browsers.mjs (npm test’s pretest)', () => {
  it('is what npm test runs first', async () => {
    const { scripts } = (await import(join(projectRoot, 'package.json'), { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    assert.equal(scripts['pretest'], 'node scripts/check-browsers.mjs');
  });

  it('names each missing command and the one apt-get line that installs them all', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'check-browsers-'));
    try {
      // An empty PATH: WebKitWebDriver, xvfb-run and xauth are commands, so all three are missing.
      const { code, stderr } = await check({ PATH: empty });
      assert.equal(code, 1);
      assert.match(stderr, /- WebKitWebDriver \(Debian package webkit2gtk-driver\)/);
      assert.match(stderr, /- xvfb-run \(Debian package xvfb\)/);
      assert.match(stderr, /- xauth \(Debian package xauth\)/);
      assert.match(stderr, /^ {2}sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb xauth$/m);
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it('names a browser the environment points at when it is not there, and installs nothing for it', async () => {
    const { code, stderr } = await check({ PATH: process.env['PATH']!, CHROME_PATH: '/nonexistent/chromium' });
    assert.equal(code, 1);
    assert.match(stderr, /- Chromium: CHROME_PATH=\/nonexistent\/chromium is not an executable/);
    assert.doesNotMatch(stderr, /apt-get install -y chromium/);
  });

  it('lists the GStreamer plugins WebKit plays media with when dpkg lacks them', () => {
    const missing = findMissing({ env: { PATH: process.env['PATH'] }, installedPackages: () => ['gstreamer1.0-plugins-base'] });
    const packages = missing.map((item) => item.package);
    assert.deepEqual(packages.filter((name) => name.startsWith('gstreamer')), MEDIA_PACKAGES.slice(1));
    assert.match(describeMissing(missing), /apt-get install -y .*gstreamer1\.0-plugins-good gstreamer1\.0-plugins-bad gstreamer1\.0-libav gstreamer1\.0-gl$/m);
  });

  it('says nothing and exits 0 when everything is there (this machine runs the suites)', async () => {
    const started = performance.now();
    const { code, stderr } = await check({ PATH: process.env['PATH']! });
    console.log(`  all present: ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual({ code, stderr }, { code: 0, stderr: '' });
  });
});
