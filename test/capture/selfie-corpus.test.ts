import { expect } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { scoreSelfies, type SelfieKind, type SelfieSetScore } from '../support/selfie-scenes.js';
import { ENGINE_PACE } from '../engine-pace.js';

// The main figures of the selfie checks on the selfie corpus's two tuning sets (test/support/selfie-scenes.ts), as
// bounds they must stay within: `tuning` judged whole (no layout known), `extra tuning` filmed through a preview and
// judged on the oval the person sees. bench/RESULTS.md has every set (`npm run bench -- quality`); the held-back set
// is not run here: it stays out of anything the limits are tuned against.
describe('selfie checks on the generated selfie corpus (tuning sets)', () => {
  const results = new Map<string, SelfieSetScore>();

  before(async function () {
    // 216 scenes generated and checked: under a minute in Chromium on a busy 2-core machine.
    this.timeout(400_000 * ENGINE_PACE);
    const checker = new ImageChecker();
    try {
      for (const set of ['tuning', 'extra tuning'] as const)
        results.set(
          set,
          await scoreSelfies(set, async (photo, region) => {
            const verdict = await checker.check(photo, 'selfie', region);
            return { ok: verdict.ok, detail: verdict.problems.join(', ') || 'accepted' };
          }),
        );
    } finally {
      checker.close();
    }
  });

  // What was measured when tuned: too far accepted 7 of 10 whole frames and 2 of 8 through a preview, every one in
  // front of foliage, a bookshelf or a door frame (the background's edges fill the oval).
  for (const [set, farAccepted] of [
    ['tuning', 7],
    ['extra tuning', 2],
  ] as const) {
    describe(set, () => {
      const entry = (kind: SelfieKind) => results.get(set)!.kinds.find((item) => item.kind === kind)!;

      for (const kind of ['camera test pattern', 'blank wall', 'ceiling', 'dark room'] as const) {
        it(`accepts no "${kind}" as a selfie`, () => {
          expect(entry(kind).wrong, entry(kind).failures.join('\n')).to.equal(0);
        });
      }

      it('accepts at most 5 % of the faces blurred 3–6 px', () => {
        const blurred = entry('face blurred 3–6 px');
        expect(blurred.wrong / blurred.cases, blurred.failures.join('\n')).to.be.at.most(0.05);
      });

      it('refuses at most 5 % of the good selfies', () => {
        const result = results.get(set)!;
        const refused = result.kinds.filter((kind) => kind.expect === 'good').flatMap((kind) => kind.failures);
        expect(result.good, 'good selfies scored').to.be.above(0);
        expect(result.falseRefusals / result.good, refused.join('\n')).to.be.at.most(0.05);
      });

      it('accepts no more faces too far away than when tuned (not found in front of a busy background)', () => {
        expect(entry('face too far').wrong, entry('face too far').failures.join('\n')).to.be.at.most(farAccepted);
      });
    });
  }
});
