// The quality checks on the generated corpus (issue 22, test/support/corpus.ts): for each kind of photo, how
// many good ones were refused and how many bad ones accepted, on the tuning set and on the held-back set.
// Headless Chromium through playwright-core, the checks in their Worker as an app runs them.
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { buildPage, CHROME_ARGS, openPage } from './pipeline.js';
import type { SetScore } from '../test/support/corpus.js';

export async function measureQuality(): Promise<SetScore[]> {
  const { dir, files } = await buildPage();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  try {
    const page = await openPage(browser, files);
    return await page.evaluate(async () => {
      type Bench = typeof import('./pipeline-page-types.js');
      const { capture, corpus } = (window as unknown as { bench: Bench }).bench;
      const checker = new capture.ImageChecker();
      const check = async (photo: ImageBitmap) => {
        const verdict = await checker.check(photo, 'document');
        return { ok: verdict.ok, detail: verdict.problems.join(', ') || 'accepted' };
      };
      const scores = [await corpus.score('tuning', check), await corpus.score('held-back', check)];
      checker.close();
      return scores;
    });
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const share = (wrong: number, cases: number) => `${wrong} / ${cases} (${cases ? ((100 * wrong) / cases).toFixed(1) : '0.0'} %)`;

/** The Markdown section of bench/RESULTS.md for these figures. */
export function qualitySection(scores: SetScore[]): string[] {
  const [tuning, held] = scores as [SetScore, SetScore];
  const row = (index: number) => {
    const a = tuning.kinds[index]!;
    const b = held.kinds[index]!;
    const what = a.expect === 'good' ? 'refused' : a.expect === 'bad' ? 'accepted' : 'accepted (either is right)';
    return `| ${a.kind} | ${what} | ${share(a.wrong, a.cases)} | ${share(b.wrong, b.cases)} |`;
  };
  return [
    '## Capture: quality checks on the generated corpus (documents)',
    '',
    'Generated photos (`test/support/corpus.ts`, what they are in `docs/quality-corpus.md`), checked as camera frames by `ImageChecker.check()` in its Worker. The held-back set (every third round of seeds) was chosen before any threshold was changed and is not used for tuning; the not-a-document kinds (a face, a blank wall, a camera test pattern) came with the document search, with their own seeds split the same way, and were never tuned on. Good kinds: how many were refused (false refusals); bad kinds: how many were accepted (false acceptances).',
    '',
    '| kind | counted | tuning set | held-back set |',
    '|---|---|---|---|',
    ...tuning.kinds.map((_, index) => row(index)),
    `| **all good photos** | refused | ${share(tuning.falseRefusals, tuning.good)} | ${share(held.falseRefusals, held.good)} |`,
    `| **all bad photos** | accepted | ${share(tuning.falseAcceptances, tuning.bad)} | ${share(held.falseAcceptances, held.bad)} |`,
    '',
  ];
}
