import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { mockApiPlugin } from './demo/mock-api-plugin.js';

const root = import.meta.dirname;

// `vite` / `vite build --mode demo` serve and build the demo (with the MSW worker from public/).
// The library is built in three passes (`npm run build`), each for its own readers:
// - `--mode npm`: the package's entries as ES modules, one file per source module, with every
//   dependency (Lit, Floating UI, msw, React) left to the app's bundler, so an app
//   that already uses Lit gets one copy. Readable, not minified: the app's bundler minifies.
// - `--mode browser`: the drop-in element as one self-contained, minified file for a
//   `<script type="module">` or a CDN (Lit inlined; other languages are chunks beside it).
// - `--mode core`: the core SDK, self-contained and minified, likewise.
// The two self-contained files are what the size budget measures: what a browser loads first.
const NPM_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'mocks/index': 'src/mocks/index.ts',
  'mocks/browser': 'src/mocks/browser.ts',
  // The `node` condition of `verify-identity/mocks/browser`: loads under server-side rendering, starts nothing.
  'mocks/browser.server': 'src/mocks/browser.server.ts',
  'mocks/node': 'src/mocks/node.ts',
  'mocks/http': 'src/mocks/http.ts',
  'server/index': 'src/server/index.ts',
  'conformance/index': 'src/conformance/index.ts',
  'react/index': 'src/react/index.ts',
  // The `verify-identity` bin (serve, trigger): Node only, its `#!/usr/bin/env node` line kept.
  'cli/index': 'src/cli/index.ts',
};
const SELF_CONTAINED: Record<string, { entry: string; fileName: string }> = {
  browser: { entry: 'src/index.ts', fileName: 'verify-identity.js' },
  core: { entry: 'src/core/index.ts', fileName: 'core.js' },
};
/**
 * Dependencies and peer dependencies (and their subpaths) are never bundled into the npm entries, nor are Node's
 * own modules (the conformance kit's webhook receiver imports `node:http`), which Vite would otherwise stub out.
 */
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
const isDependency = (id: string) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * The minifier leaves the text of Lit's css`` templates alone. In our style modules they hold only
 * CSS and plain `${name}` interpolations, so comments and whitespace can go safely; a template
 * with any other interpolation, or a quoted string that whitespace could matter in, is left as it is.
 */
export function minifyCssTemplates(): Plugin {
  const template = /\bcss`([^`]*)`/g;
  const plainInterpolations = /^(?:[^$]|\$(?!\{)|\$\{[\w.]+\})*$/;
  const quotedPunctuation = /(['"])[^'"\n]*[\s{};,][^'"\n]*\1/;
  const minify = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/;}/g, '}');
  return {
    name: 'minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
      // Comments go first, so that an apostrophe or a quotation in a comment does not keep a whole sheet unminified.
      return code.replace(template, (whole, body: string) => {
        const uncommented = body.replace(/\/\*[\s\S]*?\*\//g, '');
        return plainInterpolations.test(uncommented) && !quotedPunctuation.test(uncommented) ? `css\`${minify(uncommented)}\`` : whole;
      });
    },
  };
}

/**
 * Marks the files of the element's first load (the entry and the chunks it imports statically) with V8's
 * compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; a plain comment elsewhere): their functions are
 * compiled as the file loads, off the main thread, instead of one by one on the main thread during the
 * page's first opening, which calls most of them (docs/performance.md). The hint must be the file's first
 * line, so it is added after minification, which would strip it.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle(_, bundle) {
      const entries = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
      const firstLoad = new Set(entries.flatMap((entry) => (entry.type === 'chunk' ? [entry.fileName, ...entry.imports] : [])));
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && firstLoad.has(file.fileName)) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      }
    },
  };
}

export default defineConfig(({ mode, command }) =>
  command === 'serve' || mode === 'demo'
    ? {
        root: resolve(root, 'demo'),
        publicDir: resolve(root, 'public'),
        base: './',
        // `npm run demo` (and the preview of the build) also serve the shared mock API at /v1.
        plugins: [mockApiPlugin()],
        // The demo bundles the mock backend (MSW) on purpose, hence a chunk larger than Vite's default warning.
        build: {
          outDir: resolve(root, 'dist-demo'),
          emptyOutDir: true,
          target: 'es2022',
          chunkSizeWarningLimit: 1024,
          // The full demo; plain.html, the smallest page that embeds the element; that page under a strict CSP;
          // and handoff.html, the page a phone opens from the QR code.
          rolldownOptions: { input: ['index.html', 'plain.html', 'strict-csp.html', 'handoff.html'].map((page) => resolve(root, 'demo', page)) },
        },
        preview: { port: 4173, strictPort: false },
        server: { port: 5173, strictPort: false },
      }
    : mode === 'npm'
      ? {
          publicDir: false,
          // Relative: a Worker's URL (new URL('./x.worker.js', import.meta.url)) then resolves beside its chunk,
          // wherever the app or a CDN serves the package.
          base: './',
          plugins: [minifyCssTemplates()],
          // The quality Worker is its own bundle, loaded by URL: no app's bundler minifies it, so this build does.
          worker: { rolldownOptions: { output: { minify: true } } },
          build: {
            target: 'es2022',
            outDir: resolve(root, 'dist'),
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
            lib: { entry: Object.fromEntries(Object.entries(NPM_ENTRIES).map(([name, path]) => [name, resolve(root, path)])), formats: ['es'] },
            rolldownOptions: {
              external: isDependency,
              output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src'), entryFileNames: '[name].js' },
            },
          },
        }
      : {
          publicDir: false,
          base: './',
          // The compile hint only where an opening follows: the core SDK's functions are not all called at load.
          plugins: [minifyCssTemplates(), ...(mode === 'browser' ? [compileHints()] : [])],
          build: {
            target: 'es2022',
            outDir: resolve(root, 'dist/browser'),
            // After `--mode npm`, which empties dist/; `--mode core` adds beside the element's files.
            emptyOutDir: mode === 'browser',
            copyPublicDir: false,
            minify: true,
            lib: {
              entry: resolve(root, (SELF_CONTAINED[mode] ?? SELF_CONTAINED.browser!).entry),
              formats: ['es'],
              fileName: () => (SELF_CONTAINED[mode] ?? SELF_CONTAINED.browser!).fileName,
            },
            // `allow-extension`: what the entry shares with the on-demand steps (Lit…) stays in the entry, which
            // then exports it to them, instead of in a third chunk that the first load would also fetch.
            rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
          },
        },
);
