// `CORPUS_SET=<set> npx web-test-runner --config test/capture/corpus-sets.config.mjs test/capture/tune-corpus.ts`:
// the project's config, with the corpus set to run handed to the page and room for a few hundred photos per file
// (the default file timeout is two minutes). WTR_ENGINE chooses the engine as for the suite.
import base from '../../web-test-runner.config.mjs';

const set = process.env.CORPUS_SET ?? 'tuning';
const engine = process.env.WTR_ENGINE ?? 'chromium';
const pace = engine === 'webkit' ? 3 : 1;

export default {
  ...base,
  files: [],
  testsFinishTimeout: 3_600_000,
  testFramework: { config: { timeout: 3_600_000 } },
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>globalThis.__ENGINE_PACE__ = ${pace}; globalThis.CORPUS_SET = ${JSON.stringify(set)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
};
