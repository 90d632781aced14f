import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { minifyCssTemplates } from '../vite.config.js';

const root = resolve(import.meta.dirname, '..');

/** Bundles one entry on its own, self-contained and fully minified, as the library build does. */
export async function bundle(entry: string): Promise<Buffer> {
  const outDir = await mkdtemp(join(tmpdir(), 'verify-identity-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      plugins: [minifyCssTemplates()],
      build: {
        outDir,
        target: 'es2022',
        minify: true,
        lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    return await readFile(join(outDir, 'bundle.js'));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
