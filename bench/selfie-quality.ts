// The selfie checks on the generated selfie corpus (issue 22, item 7, test/support/selfie-scenes.ts): for each kind
// of scene, how many good selfies were refused and how many scenes that are not a selfie were accepted, on the
// tuning set and on the held-back set. Headless Chromium, the checks in their Worker as an app runs them.
import { onBenchPage, share } from './quality.js';
import type { SelfieSetScore } from '../test/support/selfie-scenes.js';

const HEADING = '## Capture: selfie checks on the generated selfie corpus';

export function measureSelfieQuality(): Promise<SelfieSetScore[]> {
  return onBenchPage((page) =>
    page.evaluate(async () => {
      type Bench = typeof import('./pipeline-page-types.js');
      const { capture, selfies } = (window as unknown as { bench: Bench }).bench;
      const checker = new capture.ImageChecker();
      const check = async (photo: ImageBitmap) => {
        const verdict = await checker.check(photo, 'selfie');
        return { ok: verdict.ok, detail: verdict.problems.join(', ') || 'accepted' };
      };
      const scores = [await selfies.scoreSelfies('tuning', check), await selfies.scoreSelfies('held-back', check)];
      checker.close();
      return scores;
    }),
  );
}

/** The Markdown section of bench/RESULTS.md for these figures. */
export function selfieQualitySection(scores: SelfieSetScore[]): string[] {
  const [tuning, held] = scores as [SelfieSetScore, SelfieSetScore];
  return [
    HEADING,
    '',
    'Generated scenes (`test/support/selfie-scenes.ts`, what they are in `docs/quality-corpus.md`), checked as camera frames by `ImageChecker.check(…, \'selfie\')` in its Worker. The held-back set (every third round of seeds) was committed before any selfie limit was tuned and is not used for tuning. Good kinds: how many were refused; the others: how many were accepted as a selfie. The figure is a drawing: these rows prove what the checks refuse, not that they find faces.',
    '',
    '| kind | counted | tuning set | held-back set |',
    '|---|---|---|---|',
    ...tuning.kinds.map((a, index) => {
      const b = held.kinds[index]!;
      return `| ${a.kind} | ${a.expect === 'good' ? 'refused' : 'accepted'} | ${share(a.wrong, a.cases)} | ${share(b.wrong, b.cases)} |`;
    }),
    `| **all good selfies** | refused | ${share(tuning.falseRefusals, tuning.good)} | ${share(held.falseRefusals, held.good)} |`,
    `| **all the others** | accepted | ${share(tuning.falseAcceptances, tuning.bad)} | ${share(held.falseAcceptances, held.bad)} |`,
    '',
  ];
}

/** `results` with the selfie section replaced, or added after the document corpus's section. */
export function replaceSelfieSection(results: string, section: string): string {
  const start = results.indexOf(HEADING);
  if (start >= 0) {
    const end = results.indexOf('\n## ', start + 1);
    return results.slice(0, start) + section + '\n' + (end >= 0 ? results.slice(end + 1) : '');
  }
  const documents = results.indexOf('## Capture: quality checks');
  const after = documents >= 0 ? results.indexOf('\n## ', documents + 1) + 1 : results.indexOf('## Reading these figures');
  return results.slice(0, after) + section + '\n' + results.slice(after);
}
