// Imports run one way (docs/architecture.md): this reads every module of src/ and fails on an arrow that
// goes the wrong way, so a refactoring cannot bring one back unnoticed. Type-only imports count too.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const src = resolve(import.meta.dirname, '../../src');

/**
 * One rule: a module under `from` may not import one under any of `to` (folders or files relative to src/, or a
 * package), or, with `only`, anything outside those.
 */
type Rule = { from: string; to: string[]; why: string } | { from: string; only: string[]; why: string };

/** The modules that register the shell, and so pull it in: importing one is importing the shell. */
const SHELL_ENTRIES = ['verify-identity.ts', 'define.ts', 'define-steps.ts', 'index.ts'];

const RULES: Rule[] = [
  { from: 'core/', only: ['core/'], why: 'the core imports nothing outside itself' },
  { from: 'controllers/', to: ['components/', 'mocks/', ...SHELL_ENTRIES], why: 'components use controllers, never the reverse' },
  { from: 'internal/', to: ['components/', 'controllers/', 'capture/', 'mocks/'], why: 'generic helpers that every layer may import' },
  { from: 'components/steps/', to: ['components/verify-identity/', ...SHELL_ENTRIES], why: 'a step knows nothing of the shell' },
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

/** `to` is the file or package `place`, or lies in the folder `place` (ending in `/`). */
const within = (to: string, place: string): boolean => to === place || to.startsWith(place.endsWith('/') ? place : `${place}/`);

/** Every wrong-way arrow among `modules` (path relative to src/ → source text), one line each. */
export function violations(modules: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, code] of modules) {
    for (const specifier of specifiers(code)) {
      const to = target(file, specifier);
      for (const rule of RULES) {
        const crosses = 'only' in rule ? !rule.only.some((place) => within(to, place)) : rule.to.some((place) => within(to, place));
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
    ['core/api.ts', "import { html } from 'lit';\nimport type { Strings } from '../locales/en.js';\nimport { log } from '../log.js';\nimport { STATUS } from './session.js';"],
    ['controllers/x-controller.ts', "import { afterPaint } from '../components/after-paint.js';\nimport '../define.js';"],
    ['components/steps/consent-step.ts', "import { STEPS } from '../verify-identity/flow.js';\nconst later = () => import('../verify-identity/views.js');"],
    ['components/steps/entry-step.ts', "import type { VerifyIdentityElement } from '../../verify-identity.js';"],
    ['components/steps/ok-step.ts', "import { StepElement } from './step-element.js';\nimport { lookup } from '../../locales/index.js';"],
  ]);
  assert.deepEqual(violations(modules), [
    'core/api.ts imports lit: the core imports nothing outside itself',
    'core/api.ts imports locales/en.ts: the core imports nothing outside itself',
    'core/api.ts imports log.ts: the core imports nothing outside itself',
    'controllers/x-controller.ts imports components/after-paint.ts: components use controllers, never the reverse',
    'controllers/x-controller.ts imports define.ts: components use controllers, never the reverse',
    'components/steps/consent-step.ts imports components/verify-identity/flow.ts: a step knows nothing of the shell',
    'components/steps/consent-step.ts imports components/verify-identity/views.ts: a step knows nothing of the shell',
    'components/steps/entry-step.ts imports verify-identity.ts: a step knows nothing of the shell',
  ]);
});
