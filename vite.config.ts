import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

// `vite` / `vite build --mode demo` serve and build the demo (with the MSW worker from public/).
// `vite build` builds the drop-in bundle and `vite build --mode core` the core SDK: each one file,
// self-contained and fully minified (a multi-entry build would split shared chunks off, hiding
// bytes from the size budget).
const libraryEntries: Record<string, string> = {
  production: 'src/index.ts',
  core: 'src/core/index.ts',
};

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
      return code.replace(template, (whole, body: string) => (plainInterpolations.test(body) && !quotedPunctuation.test(body) ? `css\`${minify(body)}\`` : whole));
    },
  };
}

export default defineConfig(({ mode, command }) =>
  command === 'serve' || mode === 'demo'
    ? {
        root: resolve(root, 'demo'),
        publicDir: resolve(root, 'public'),
        base: './',
        // The demo bundles the mock backend (MSW) on purpose, hence a chunk larger than Vite's default warning.
        build: {
          outDir: resolve(root, 'dist-demo'),
          emptyOutDir: true,
          target: 'es2022',
          chunkSizeWarningLimit: 1024,
          // The full demo, and plain.html: the smallest page that embeds the element.
          rolldownOptions: { input: [resolve(root, 'demo/index.html'), resolve(root, 'demo/plain.html')] },
        },
        preview: { port: 4173, strictPort: false },
        server: { port: 5173, strictPort: false },
      }
    : {
        publicDir: false,
        plugins: [minifyCssTemplates()],
        build: {
          target: 'es2022',
          copyPublicDir: false,
          emptyOutDir: mode === 'production',
          minify: true,
          lib: {
            entry: resolve(root, libraryEntries[mode] ?? 'src/index.ts'),
            formats: ['es'],
            fileName: () => (mode === 'core' ? 'core.js' : 'verify-identity.js'),
          },
          rolldownOptions: { output: { minify: true } },
        },
      },
);
