import { resolve } from 'node:path';
import { preview } from 'vite';
import { launchWebKit } from './engines.js';
const root = resolve(import.meta.dirname, '../..');
const server = await preview({ configFile: resolve(root, 'vite.config.ts'), mode: 'demo', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
const base = server.resolvedUrls!.local[0]!;
const engine = await launchWebKit();
const page = await engine.newPage();
const t = () => (performance.now() / 1000).toFixed(1);
await page.goto(new URL('plain.html', base).href);
await page.waitFor({ role: 'button', name: 'Verify your identity', enabled: true });
await page.click({ role: 'button', name: 'Verify your identity' });
await page.click({ role: 'button', name: 'Accept and continue' });
await page.click({ role: 'radio', name: 'passport' });
await page.click({ role: 'button', name: 'Continue' });
console.log(t(), 'capture step', await page.first([{ role: 'button', name: 'Use the camera' }, { role: 'button', name: 'Upload a photo instead' }]));
await page.click({ role: 'button', name: 'Use the camera' });
await page.click({ role: 'button', name: 'Take photo', enabled: true });
console.log(t(), 'clicked take photo');
for (let i = 0; i < 60; i++) {
  const state = await page.evaluate<string>(`(() => { const out = []; const walk = (r) => { for (const e of r.querySelectorAll('*')) { if (/^h[1-6]$/.test(e.localName)) out.push(e.localName + ':' + e.textContent.trim() + ':' + e.checkVisibility({visibilityProperty:true})); if (e.shadowRoot) walk(e.shadowRoot); } }; walk(document); return out.join(' | '); })()`);
  console.log(t(), state);
  if (state.includes('Check and submit')) break;
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(await page.problems());
await page.close(); await engine.close(); await server.close();
