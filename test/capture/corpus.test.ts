import { expect } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { score, type CorpusKind, type SetScore } from '../support/corpus.js';
import { ENGINE_PACE } from '../engine-pace.js';

// The main figures of the quality checks on the corpus's tuning set (test/support/corpus.ts), as bounds they must
// stay within; bench/RESULTS.md has every kind on both sets (`npm run bench -- quality`). The held-back set is not
// run here: it stays out of anything the thresholds are tuned against.
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

  it('refuses at most 2 % of the good photos', () => {
    const refused = result.kinds.filter((kind) => kind.expect === 'good').flatMap((kind) => kind.failures);
    expect(result.falseRefusals / result.good, refused.join('\n')).to.be.at.most(0.02);
  });

  for (const kind of ['blur 3–6 px', 'motion blur', 'glare', 'dark', 'blown out'] as const) {
    it(`accepts at most 5 % of the photos of kind "${kind}"`, () => {
      expect(share(kind), failures(kind)).to.be.at.most(0.05);
    });
  }

  it('accepts no more of the bad photos overall than it did when tuned (cut off, too far and finger are not yet detected)', () => {
    // Tuned: 22 of 80, all cut-off corners, fingers over the text and too-far photos on textured surfaces.
    expect(result.falseAcceptances, `${result.falseAcceptances} of ${result.bad}`).to.be.at.most(24);
  });
});
