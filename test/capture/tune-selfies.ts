// Prints the verdict and the selfie measures of every case of the selfie corpus (test/support/selfie-scenes.ts),
// to tune SELFIE_LIMITS (src/capture/selfie-checks.ts) on the tuning set. Not part of the suite (no .test.ts): run
// it with `npx web-test-runner test/capture/tune-selfies.ts` (CORPUS_SET=held-back only once tuning is done).
import { selfieCorpus } from '../support/selfie-scenes.js';
import { checkSource } from '../../src/capture/pipeline.js';

describe('tune on the selfie corpus', () => {
  it('prints verdicts', async function () {
    this.timeout(600_000);
    for (const item of selfieCorpus('tuning')) {
      const v = await checkSource(await item.render(), 'selfie');
      const m = v.metrics;
      const s = m.selfie!;
      const wrong = item.expect === 'good' ? !v.ok : v.ok;
      console.log(`${wrong ? 'WRONG' : 'ok   '} #${item.seed} ${item.description} | sharp=${m.sharpness.toFixed(0)} p99=${m.highLevel} glare=${m.glare} painted=${s.painted} detail=${s.detail} spread=${s.spread} extent=${s.extent} -> ${v.problems.join(',') || 'ok'}`);
    }
  });
});
