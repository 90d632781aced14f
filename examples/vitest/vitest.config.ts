import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The core SDK and the mock backend in Node.
      { test: { name: 'node', environment: 'node', include: ['test/**/*.node.test.ts'] } },
      // The element in jsdom. Lit (and so the element) would take its server build in Node, where
      // nothing is defined: bundle them with their browser builds instead, which jsdom runs.
      {
        resolve: { conditions: ['browser'] },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/**/*.dom.test.ts'],
          server: { deps: { inline: [/[\\/]node_modules[\\/](verify-identity|lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/] } },
        },
      },
    ],
  },
});
