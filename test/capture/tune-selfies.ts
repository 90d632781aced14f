// Prints the verdict and the selfie measures of every case of one set of the selfie corpus
// (test/support/selfie-scenes.ts), to tune SELFIE_LIMITS (src/capture/selfie-checks.ts) and the selfie thresholds on the
// tuning sets. Not part of the suite (no .test.ts):
// `CORPUS_SET=tuning npx web-test-runner --config test/capture/corpus-sets.config.mjs test/capture/tune-selfies.ts`
// (sets: tuning, extra tuning, seen; held-back only once, after tuning: docs/quality-corpus.md).
import { selfieCorpus, type SelfieSet } from '../support/selfie-scenes.js';
import { checkSource } from '../../src/capture/pipeline.js';

describe('tune on the selfie corpus', () => {
  it('prints verdicts', async function () {
    this.timeout(1_200_000);
    const set = (globalThis as { CORPUS_SET?: SelfieSet }).CORPUS_SET ?? 'tuning';
    let wrongs = 0;
    for (const item of selfieCorpus(set)) {
      const v = await checkSource(await item.render(), 'selfie', undefined, item.region);
      const m = v.metrics;
      const s = m.selfie!;
      const wrong = item.expect === 'good' ? !v.ok : v.ok;
      if (wrong) wrongs++;
      console.log(`${wrong ? 'WRONG' : 'ok   '} #${item.seed} ${item.description} | sharp=${m.sharpness.toFixed(0)} p99=${m.highLevel} clip=${m.clipped} glare=${m.glare} painted=${s.painted} detail=${s.detail} spread=${s.spread} extent=${s.extent} -> ${v.problems.join(',') || 'ok'}`);
    }
    console.log(`${set}: ${wrongs} wrong`);
  });
});
