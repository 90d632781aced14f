import { startPlainPage } from './plain-page.js';

await startPlainPage(`${import.meta.env.BASE_URL}mockServiceWorker.js`);
