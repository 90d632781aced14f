// The size budgets (`npm run size`, after the build). The first load is computed from the build: the
// element's file and every chunk it imports statically (the bundler may split Lit and other shared
// code into chunks of their own), as a browser fetches them before the element runs.
import { readFileSync } from 'node:fs';

const dir = 'dist/browser';
const OTHER_LANGUAGES = '{ar,de,es,fr,he,hi,id,it,ja,ko,nl,pl,pt-BR,pt-PT,ro,ru,th,tr,uk,vi,zh-Hans,zh-Hant}';

function withStaticImports(entry) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    // `import{…}from"./x.js"`, `export{…}from"./x.js"`, `import"./x.js"`; not `import("./x.js")`, loaded on demand.
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    for (const [, chunk] of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(chunk);
  };
  visit(entry);
  return [...files].map((file) => `${dir}/${file}`);
}

export default [
  // 6.15: 'Try again' refusing another session's secret (client_secret_session_mismatch, issue 23) costs 51 B.
  { name: 'core SDK, self-contained (verify-identity/browser/core)', path: `${dir}/core.js`, limit: '6.15 KB', brotli: true },
  {
    // 30 KB until the phone layout, the outcome headings, the phone's continuation and the consent's list: their
    // English strings and views ship in the first load (docs/performance.md: splitting the strings is the next saving).
    name: 'drop-in element, first load: its file and the chunks it imports, with Lit (verify-identity/browser)',
    path: withStaticImports('verify-identity.js'),
    limit: '31.5 KB',
    brotli: true,
  },
  {
    // Floating UI is left out: only a help in popover mode loads it, and no built-in step has one since the consent's
    // help opens in place. Its 7.4 KB went to the phone flow and the document search (issues 22 and 25). 60.5: the
    // search's cut-off rules (0.55 KB, in the capture chunk for the main-thread fallback) and the shell and capture
    // step split by responsibility (0.4 KB of state passed across modules, issue 24). 61: the selfie's checks placed on
    // the oval the person sees (0.3 KB) and the second Worker that encodes beside the checks (0.2 KB), both issue 22,
    // in the capture chunk (its main-thread fallback carries the checks); 61.25: the warm-up's font look-up and templates (issue 24).
    name: 'whole English flow: the first load and every on-demand chunk it loads, but the other languages',
    path: [`${dir}/*.js`, `!${dir}/core.js`, `!${dir}/${OTHER_LANGUAGES}-*.js`, `!${dir}/floating-ui*.js`],
    limit: '61.25 KB',
    brotli: true,
  },
  {
    name: 'a help in popover mode: Floating UI, fetched when the first such help shows',
    path: `${dir}/floating-ui*.js`,
    limit: '7.5 KB',
    brotli: true,
  },
];
