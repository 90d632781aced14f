import { expect } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { score, type CorpusKind, type SetScore } from '../support/corpus.js';
import { ENGINE_PACE } from '../engine-pace.js';

// The main figures of the quality checks on the corpus's tuning set (test/support/corpus.ts), as bounds they must
// stay within; bench/RESULTS.md has every kind on every set (`npm run bench -- quality`). The held-back sets are not
// run here: they stay out of anything the thresholds are tuned against.
describe('quality checks on the generated corpus (tuning set)', () => {
  let result: SetScore;
  const wrong = (kind: CorpusKind) => result.kinds.find((entry) => entry.kind === kind)!;
  const share = (kind: CorpusKind) => wrong(kind).wrong / wrong(kind).cases;
  const failures = (...kinds: CorpusKind[]) => kinds.flatMap((kind) => wrong(kind).failures).join('\n');

  before(async function () {
    // 210 photos generated and checked: a minute or two on a busy 2-core machine.
    this.timeout(400_000 * ENGINE_PACE);
    const checker = new ImageChecker();
    try {
      result = await score('tuning', async (photo) => {
        const verdict = await checker.check(photo, 'document');
        return { ok: verdict.ok, detail: verdict.problems.join(', ') || 'accepted' };
      });
    } finally {
      checker.close();
    }
  });

  it('refuses no scan or PDF render of a pale page', () => {
    expect(wrong('scan: passport page').wrong + wrong('scan: PDF render').wrong, failures('scan: passport page', 'scan: PDF render')).to.equal(0);
  });

  it('refuses at most 2 of the 120 good photos (the goal: 2 %)', () => {
    // Tuned: 1 of 120 in Chromium, 2 in Firefox, whose canvas draws the corpus differently: hand-held passports on
    // dark paper, where the thumb's parallel strokes read as print and no document is found (docs/quality-corpus.md).
    const refused = result.kinds.filter((kind) => kind.expect === 'good').flatMap((kind) => kind.failures);
    expect(result.falseRefusals, refused.join('\n')).to.be.at.most(2);
    expect(result.good).to.equal(120);
  });

  for (const kind of ['blur 3–6 px', 'motion blur', 'glare', 'dark', 'blown out'] as const) {
    it(`accepts at most 5 % of the photos of kind "${kind}"`, () => {
      expect(share(kind), failures(kind)).to.be.at.most(0.05);
    });
  }

  it('accepts no face, blank wall or camera test pattern as a document', () => {
    expect(wrong('a face').wrong + wrong('a blank wall').wrong + wrong('a camera test pattern').wrong, failures('a face', 'a blank wall', 'a camera test pattern')).to.equal(0);
  });

  it('accepts no document with corners cut off (the goal: at most 5 %)', () => {
    // Tuned: 0 of 10 here and 0 of the extra tuning set's 30, in Chromium and Firefox.
    expect(share('corners cut off'), failures('corners cut off')).to.equal(0);
  });

  it('accepts no more of the bad photos overall than it did when tuned (a finger over the text is not detected)', () => {
    // Tuned: 11 of 110 in Chromium (every finger over the text, 1 too-far card on wood), 10 in Firefox.
    expect(result.falseAcceptances, `${result.falseAcceptances} of ${result.bad}`).to.be.at.most(11);
  });
});
