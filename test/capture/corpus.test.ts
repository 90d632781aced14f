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

  it('refuses at most 3 of the 120 good photos (the goal, 2 %, is not met in Firefox)', () => {
    // Tuned: 2 of 120 in Chromium and WebKit, both "corners cut off" said of a whole document whose edge was not
    // found; 3 of 120 in Firefox, whose canvas draws the corpus differently (two hand-held passports on dark paper
    // found no document). The bound is what the search does now, so that it cannot slide back (docs/quality-corpus.md).
    const refused = result.kinds.filter((kind) => kind.expect === 'good').flatMap((kind) => kind.failures);
    expect(result.falseRefusals, refused.join('\n')).to.be.at.most(3);
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

  it('accepts at most 2 in 10 documents with corners cut off', () => {
    // Tuned: 2 of 10 (a card whose cut side shows only its blank margin).
    expect(share('corners cut off'), failures('corners cut off')).to.be.at.most(0.2);
  });

  it('accepts no more of the bad photos overall than it did when tuned (a finger over the text is not detected)', () => {
    // Tuned: 13 of 110: every finger over the text, 2 cut-off documents, 1 too-far card on wood.
    expect(result.falseAcceptances, `${result.falseAcceptances} of ${result.bad}`).to.be.at.most(15);
  });
});
