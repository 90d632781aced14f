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
    element: 'src/index.ts',
    'floor-element': 'bench/floor-element.ts',
  };
  const rows: Record<string, SizeRow> = {};
  for (const [name, entry] of Object.entries(entries)) rows[name] = await measure(name, entry);
  return rows;
}
