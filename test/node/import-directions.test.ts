// Imports run one way (docs/architecture.md): this reads every module of src/ and fails on an arrow that
// goes the wrong way, so a refactoring cannot bring one back unnoticed. Type-only imports count too.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const src = resolve(import.meta.dirname, '../../src');

/** One rule: a module under `from` may not import one under any of `to` (folders relative to src/). */
interface Rule {
  from: string;
  to: string[];
  why: string;
}

const RULES: Rule[] = [
  { from: 'core/', to: ['components/', 'controllers/', 'capture/', 'internal/', 'mocks/', 'locales/', 'events.ts', 'lit'], why: 'the core knows nothing of the UI' },
  { from: 'controllers/', to: ['components/', 'mocks/'], why: 'components use controllers, never the reverse' },
  { from: 'internal/', to: ['components/', 'controllers/', 'capture/', 'mocks/'], why: 'generic helpers that every layer may import' },
  { from: 'components/steps/', to: ['components/verify-identity/'], why: 'a step knows nothing of the shell' },
  { from: 'components/', to: ['mocks/'], why: 'the mock backend is never shipped with the element' },
  { from: 'capture/', to: ['components/', 'controllers/', 'mocks/'], why: 'the image engine knows nothing of the UI' },
];

/** Every module specifier of a file: static imports and re-exports (type-only too) and dynamic imports. */
export function specifiers(code: string): string[] {
  const found = [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm), ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)];
  const bare = [...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)];
  return [...found, ...bare].map((match) => match[1]!);
}

/** The target of a specifier, relative to src/ (`core/api.ts`), or the package name of a bare one (`lit`). */
export function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.split('/')[0]!;
  return relative(src, resolve(dirname(join(src, file)), specifier)).replace(/\.js$/, '.ts');
}

/** Every wrong-way arrow among `modules` (path relative to src/ → source text), one line each. */
export function violations(modules: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, code] of modules) {
    for (const specifier of specifiers(code)) {
      const to = target(file, specifier);
      for (const rule of RULES) {
        const crosses = rule.to.some((folder) => to === folder || to.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
        if (file.startsWith(rule.from) && crosses && !to.startsWith(rule.from)) found.push(`${file} imports ${to}: ${rule.why}`);
      }
    }
  }
  return found;
}

async function sources(folder = src): Promise<Map<string, string>> {
  const modules = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ts$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    modules.set(relative(src, path), await readFile(path, 'utf8'));
  }
  return modules;
}

test('every import in src/ runs the one allowed way', async () => {
  const modules = await sources();
  assert.ok(modules.size > 50, `read ${modules.size} modules`);
  assert.deepEqual(violations(modules), []);
});

test('the check finds each kind of wrong-way import', () => {
  const modules = new Map([
    ['core/api.ts', "import { html } from 'lit';\nimport type { Strings } from '../locales/en.js';"],
    ['controllers/x-controller.ts', "import { afterPaint } from '../components/after-paint.js';"],
    ['components/steps/consent-step.ts', "import { STEPS } from '../verify-identity/flow.js';\nconst later = () => import('../verify-identity/views.js');"],
    ['components/steps/ok-step.ts', "import { StepElement } from './step-element.js';\nimport { lookup } from '../../locales/index.js';"],
  ]);
  assert.deepEqual(violations(modules), [
    'core/api.ts imports lit: the core knows nothing of the UI',
    'core/api.ts imports locales/en.ts: the core knows nothing of the UI',
    'controllers/x-controller.ts imports components/after-paint.ts: components use controllers, never the reverse',
    'components/steps/consent-step.ts imports components/verify-identity/flow.ts: a step knows nothing of the shell',
    'components/steps/consent-step.ts imports components/verify-identity/views.ts: a step knows nothing of the shell',
  ]);
});
