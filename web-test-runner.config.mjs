import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**', '!test/package/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: test pages share MSW's service worker, and with two pages under load a
  // request-count assertion once saw an extra retry.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Measured at 99 % of lines and 93 % of branches when set; a run with --coverage below this fails.
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 95, lines: 95, branches: 88, functions: 95 },
  },
  browsers: [
    chromeLauncher({
      // CHROME_PATH points the tests at another Chromium-based browser.
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs },
    }),
  ],
  middleware: [
    // MSW's worker must be served from the root so that its scope covers the test page.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
