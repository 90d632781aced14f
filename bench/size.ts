import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssTemplates } from '../vite.config.js';

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const root = resolve(import.meta.dirname, '..');

/** Builds each entry on its own, self-contained and fully minified, as the library build does. */
async function buildEntry(name: string, entry: string, outDir: string): Promise<SizeRow> {
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyCssTemplates()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const code = await readFile(join(outDir, `${name}.js`));
  return {
    name,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function measureSizes(): Promise<Record<string, SizeRow>> {
  const outDir = await mkdtemp(join(tmpdir(), 'verify-identity-bench-'));
  try {
    const entries = {
      core: 'src/core/index.ts',
      'floor-core': 'bench/floor-core.ts',
      element: 'src/index.ts',
      'floor-element': 'bench/floor-element.ts',
    };
    const rows: Record<string, SizeRow> = {};
    for (const [name, entry] of Object.entries(entries)) rows[name] = await buildEntry(name, entry, outDir);
    return rows;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
