// The README is an integrator's guide read on GitHub and on the npm page, where only the tarball's files are
// (no docs/): it stays short, starts with Install, links the repository by absolute URL, and its snippets
// compile against the package's entries as an integrator imports them. The other Markdown files link
// relatively, and every link must land on a file (and a heading) that exists.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const REPOSITORY = /^https:\/\/(?:github\.com\/verify-identity\/verify-identity\/(?:blob|tree|raw)\/main|raw\.githubusercontent\.com\/verify-identity\/verify-identity\/main)\/([^#?]+)(?:#(.*))?$/;

const read = (path: string) => readFileSync(path, 'utf8');
const markdownFiles = () => [
  ...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].map((name) => join(root, name)),
  ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join(root, 'docs', name)),
];

/** The text outside fenced code blocks and inline code, where links and headings are. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/** Anchors of a Markdown file's headings, as GitHub makes them (github-slugger): duplicates get -1, -2… */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, text] of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const plain = text!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

const links = (markdown: string) => [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);

/** Every link of `file` that does not land: a relative path or a repository URL naming no file, or a missing heading. */
export function brokenLinks(file: string, repositoryRoot = root): string[] {
  const problems: string[] = [];
  const markdown = read(file);
  const land = (path: string, anchor: string | undefined, link: string) => {
    if (!existsSync(path)) return problems.push(`${link}: no such file`);
    if (!anchor || !path.endsWith('.md') || statSync(path).isDirectory()) return;
    if (!anchors(read(path)).has(decodeURIComponent(anchor))) problems.push(`${link}: no heading #${anchor}`);
  };
  for (const link of links(markdown)) {
    const repository = REPOSITORY.exec(link);
    if (repository) land(join(repositoryRoot, decodeURIComponent(repository[1]!)), repository[2], link);
    else if (/^[a-z][a-z+.-]*:/i.test(link)) continue; // another site
    else if (link.startsWith('#')) land(file, link.slice(1), link);
    else {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      land(resolve(dirname(file), decodeURIComponent(path)), anchor, link);
    }
  }
  return problems;
}

/** The package's subpaths mapped to the sources their types are built from (`./dist/x.d.ts` → `src/x.ts`). */
function entryPaths(): Record<string, string[]> {
  const exports = JSON.parse(read(join(root, 'package.json'))).exports as Record<string, string | { types?: string }>;
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target !== 'object' || !target.types) continue;
    const source = join(root, target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'));
    assert.ok(existsSync(source), `${subpath}: no source ${source}`);
    paths[subpath === '.' ? 'verify-identity' : `verify-identity/${subpath.slice(2)}`] = [source];
  }
  return paths;
}

/** Type errors of TypeScript snippets compiled as an integrator's modules (Vite and Node types available). */
export function snippetErrors(snippets: { lang: string; code: string }[]): string[] {
  // Inside node_modules/, so that `react`, `msw`… resolve from the snippets as from an app that installed them.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'readme-snippets-'));
  try {
    const files = snippets.map(({ lang, code }, index) => {
      const file = join(dir, `snippet-${index + 1}.${lang === 'tsx' ? 'tsx' : lang === 'js' ? 'mjs' : 'ts'}`);
      writeFileSync(file, code);
      return file;
    });
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noUncheckedIndexedAccess: true,
      allowJs: true,
      checkJs: true,
      jsx: ts.JsxEmit.ReactJSX,
      types: ['node', 'vite/client'],
      experimentalDecorators: true,
      useDefineForClassFields: false,
      skipLibCheck: true,
      noEmit: true,
      moduleDetection: ts.ModuleDetectionKind.Force,
      paths: entryPaths(),
    };
    const host = ts.createCompilerHost(options);
    host.getCurrentDirectory = () => root;
    const program = ts.createProgram(files, options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => !d.file || files.includes(d.file.fileName))
      .map((d) => {
        const where = d.file ? `snippet ${files.indexOf(d.file.fileName) + 1}, line ${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : 'options';
        return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fenced = (markdown: string, langs: string[]) =>
  [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter((m) => langs.includes(m[1]!)).map((m) => ({ lang: m[1]!, code: m[2]! }));

const readme = () => read(join(root, 'README.md'));

test('the README is short and starts with Install, before anything about our tests', () => {
  const text = readme();
  const lines = text.split('\n').length;
  assert.ok(lines <= 300, `README.md has ${lines} lines: at most 300 (move detail to docs/)`);
  const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.equal(sections[0], 'Install', 'Install is the first section');
  const install = text.indexOf('## Install');
  for (const ours of [/npm (run )?test\b/, /web-test-runner/, /\.ci\/run/, /^## .*\bTests\b/m]) {
    const at = text.search(ours);
    assert.ok(at < 0 || at > install, `${ours} comes before Install`);
  }
});

test('the README links only by absolute URL, so its links work on the npm page', () => {
  const relative = links(readme()).filter((link) => !/^[a-z][a-z+.-]*:/i.test(link) && !link.startsWith('#'));
  assert.deepEqual(relative, [], 'the tarball has no docs/: link https://github.com/verify-identity/verify-identity/blob/main/<path>');
});

test('every link of the Markdown files lands on a file and heading of the repository', () => {
  const problems = markdownFiles().flatMap((file) => brokenLinks(file).map((problem) => `${file.slice(root.length + 1)}: ${problem}`));
  assert.deepEqual(problems, []);
});

test('the link check fails on a missing file, a missing heading and a repository URL to nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readme-links-'));
  try {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'b.md'), '# B\n\n## Some `code` here\n');
    writeFileSync(
      join(dir, 'a.md'),
      [
        '# A',
        '[fine](docs/b.md#some-code-here) [fine](#a) `[not a link](nowhere.md)`',
        '[gone](docs/c.md) [no heading](docs/b.md#missing) [here](#nothing)',
        '[absolute](https://github.com/verify-identity/verify-identity/blob/main/docs/c.md) [ok](https://github.com/verify-identity/verify-identity/blob/main/docs/b.md#b)',
      ].join('\n'),
    );
    assert.deepEqual(brokenLinks(join(dir, 'a.md'), dir), [
      'docs/c.md: no such file',
      'docs/b.md#missing: no heading #missing',
      '#nothing: no heading #nothing',
      'https://github.com/verify-identity/verify-identity/blob/main/docs/c.md: no such file',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Snippets that must fail, compiled in the same program as the README's (one program: about 20 s, not 40).
const WRONG = [
  { lang: 'ts', code: "import { verifyIdentity } from 'verify-identity';\nawait verifyIdentity(42);\n" },
  { lang: 'ts', code: "import { createApiClient } from './src/core/index.js';\ncreateApiClient({ clientSecret: '' });\n" },
  {
    lang: 'ts',
    code: "import { createServerClient } from 'verify-identity/server';\ncreateServerClient({ secretKey: 'sk_test_1', apiBase: 'x' }).sessions.create({ type: 'passport' });\n",
  },
];
let compiled: { readme: number; errors: string[] } | undefined;
function compileOnce() {
  const snippets = fenced(readme(), ['ts', 'tsx', 'js']);
  compiled ??= { readme: snippets.length, errors: snippetErrors([...snippets, ...WRONG]) };
  return compiled;
}
const errorsOf = (snippet: number) => compileOnce().errors.filter((error) => error.startsWith(`snippet ${snippet},`));

test("the README's TypeScript snippets compile against the package's entries", { timeout: 120_000 }, () => {
  const snippets = fenced(readme(), ['ts', 'tsx', 'js']);
  assert.ok(snippets.length >= 4, `only ${snippets.length} snippets found`);
  for (const { code } of snippets) {
    for (const [, from, dynamic] of code.matchAll(/from '([^']+)'|import\('([^']+)'\)/g)) {
      const specifier = from ?? dynamic ?? '';
      assert.ok(!specifier.startsWith('.'), `a snippet imports ${specifier}: use the package's entries`);
    }
  }
  const { readme: count, errors } = compileOnce();
  assert.deepEqual(errors.filter((error) => Number(/^snippet (\d+),/.exec(error)?.[1]) <= count), []);
});

test('the snippet check fails on a wrong call and on an import from the sources', { timeout: 120_000 }, () => {
  const first = compileOnce().readme + 1;
  assert.equal(errorsOf(first).length, 1, compileOnce().errors.join('\n'));
  assert.match(errorsOf(first + 1).join('\n'), /Cannot find module '\.\/src\/core\/index\.js'/);
  assert.equal(errorsOf(first + 2).length, 1, compileOnce().errors.join('\n'));
});

test("the README's HTML snippets import only the package's entries", () => {
  const exports = Object.keys(JSON.parse(read(join(root, 'package.json'))).exports as object);
  const entries = new Set(exports.map((subpath) => (subpath === '.' ? 'verify-identity' : `verify-identity/${subpath.slice(2)}`)));
  const imports = fenced(readme(), ['html']).flatMap(({ code }) => [...code.matchAll(/import\s+(?:[^'"]*from\s+)?'([^']+)'/g)].map((m) => m[1]!));
  assert.ok(imports.length > 0);
  assert.deepEqual(imports.filter((specifier) => !entries.has(specifier)), []);
});
