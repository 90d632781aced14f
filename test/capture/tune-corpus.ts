// Prints the verdict on every case of the quality corpus (test/support/corpus.ts), to tune THRESHOLDS
// (src/capture/analyze.ts) on the tuning set. Not part of the suite (no .test.ts): run it with
// `npx web-test-runner test/capture/tune-corpus.ts` (CORPUS_SET=held-back only once tuning is done).
import { corpus } from '../support/corpus.js';
import { checkSource } from '../../src/capture/pipeline.js';

describe('tune on the corpus', () => {
  it('prints verdicts', async function () {
    this.timeout(600_000);
    const started = performance.now();
    for (const item of corpus(((globalThis as { CORPUS_SET?: 'tuning' | 'held-back' }).CORPUS_SET) ?? 'tuning')) {
      const v = await checkSource(await item.render(), 'document');
      const m = v.metrics;
      const wrong = item.expect === 'good' ? !v.ok : item.expect === 'bad' ? v.ok : false;
      console.log(`${wrong ? 'WRONG' : 'ok   '} #${item.seed} ${item.description} | sharp=${m.sharpness.toFixed(0)} bright=${m.brightness} p5=${m.darkLevel} p95=${m.lightLevel} glare=${m.glare} sat=${m.saturation} clip=${m.clipped} p99=${m.highLevel} bal=${m.balance} fill=${m.fill} doc=${m.document?.state}/${m.document?.area.toFixed(2)} -> ${v.problems.join(',') || 'ok'}`);
    }
    console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
