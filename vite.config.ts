import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// `vite` / `vite build --mode demo` serve and build the demo (with the MSW worker from public/);
// `vite build` builds the library: fully minified, self-contained entries measured by size-limit.
export default defineConfig(({ mode, command }) =>
  command === 'serve' || mode === 'demo'
    ? {
        root: resolve(root, 'demo'),
        publicDir: resolve(root, 'public'),
        base: './',
        // The demo bundles the mock backend (MSW) on purpose, hence a chunk larger than Vite's default warning.
        build: { outDir: resolve(root, 'dist-demo'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1024 },
        preview: { port: 4173, strictPort: false },
        server: { port: 5173, strictPort: false },
      }
    : {
        publicDir: false,
        build: {
          target: 'es2022',
          copyPublicDir: false,
          emptyOutDir: true,
          minify: true,
          lib: {
            entry: {
              'verify-identity': resolve(root, 'src/index.ts'),
              core: resolve(root, 'src/core/index.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: { output: { minify: true } },
        },
      },
);
