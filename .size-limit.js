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
    name: 'drop-in element, first load: its file and the chunks it imports, with Lit and Floating UI (verify-identity/browser)',
    path: withStaticImports('verify-identity.js'),
    limit: '30 KB',
    brotli: true,
  },
  {
    name: 'whole English flow: the first load and every on-demand chunk but the other languages',
    path: [`${dir}/*.js`, `!${dir}/core.js`, `!${dir}/${OTHER_LANGUAGES}-*.js`],
    limit: '60 KB',
    brotli: true,
  },
];
