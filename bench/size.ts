import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle } from './bundle.js';

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

async function measure(name: string, entry: string): Promise<SizeRow> {
  const code = await bundle(entry);
  return {
    name,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function measureSizes(): Promise<Record<string, SizeRow>> {
  const entries = {
    core: 'src/core/index.ts',
    'floor-core': 'bench/floor-core.ts',
    'floor-element': 'bench/floor-element.ts',
  };
  const rows: Record<string, SizeRow> = {};
  for (const [name, entry] of Object.entries(entries)) rows[name] = await measure(name, entry);
  return rows;
}

/** The chunks of the other languages in `dist/browser` (`fr-….js`): left out of the English flow, as in `.size-limit.js`. */
const OTHER_LANGUAGE_CHUNK = /^(ar|de|es|fr|he|hi|id|it|ja|ko|nl|pl|pt-BR|pt-PT|ro|ru|th|tr|uk|vi|zh-Hans|zh-Hant)-.*\.js$/;

/**
 * What a whole English flow loads: the self-contained build's first file and every chunk it may fetch but
 * the other languages (each file compressed on its own, as it is served), the figure `npm run size` checks.
 */
export async function measureEnglishFlow(): Promise<SizeRow> {
  const root = resolve(import.meta.dirname, '..');
  execFileSync('npx', ['vite', 'build', '--mode', 'browser', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const dir = resolve(root, 'dist/browser');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.js') && file !== 'core.js' && !OTHER_LANGUAGE_CHUNK.test(file));
  return measureFiles('english-flow', dir, files);
}

/** The row of some files of `dist/browser`, each compressed on its own, as it is served. */
async function measureFiles(name: string, dir: string, files: string[]): Promise<SizeRow> {
  const row: SizeRow = { name, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const code = await readFile(resolve(dir, file));
    row.raw += code.length;
    row.gzip += gzipSync(code, { level: 9 }).length;
    row.brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return row;
}

/**
 * What a page loads first for the drop-in element: `dist/browser/verify-identity.js` and the chunks it
 * imports statically, and theirs (the build `measureEnglishFlow` made), the figure `npm run size` checks.
 */
export async function measureFirstLoad(): Promise<SizeRow> {
  const dir = resolve(import.meta.dirname, '..', 'dist/browser');
  const files = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (files.has(file)) return;
    files.add(file);
    const code = await readFile(resolve(dir, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g)) await visit(imported!);
  };
  await visit('verify-identity.js');
  return measureFiles('first-load', dir, [...files]);
}
