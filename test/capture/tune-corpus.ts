// Prints the verdict on every case of one set of the quality corpus (test/support/corpus.ts), and the figures per
// kind, to tune the checks (src/capture/analyze.ts, detect.ts). Not part of the suite (no .test.ts):
// `CORPUS_SET=tuning npx web-test-runner --config test/capture/corpus-sets.config.mjs test/capture/tune-corpus.ts`
// (sets: tuning, extra tuning, seen; held-back only once tuning is done, docs/quality-corpus.md).
import { score, type CorpusSet } from '../support/corpus.js';
import { checkSource } from '../../src/capture/pipeline.js';

describe('tune on the corpus', () => {
  it('prints verdicts', async () => {
    const set = (globalThis as { CORPUS_SET?: CorpusSet }).CORPUS_SET ?? 'tuning';
    const started = performance.now();
    const result = await score(set, async (photo) => {
      const v = await checkSource(photo, 'document');
      const m = v.metrics;
      const detail = `sharp=${m.sharpness.toFixed(0)} bright=${m.brightness} p99=${m.highLevel} glare=${m.glare} clip=${m.clipped} bal=${m.balance} fill=${m.fill} doc=${m.document?.state}/${m.document?.area.toFixed(2)} -> ${v.problems.join(',') || 'ok'}`;
      console.log(`${v.ok ? 'accepted' : 'refused '} ${detail}`);
      return { ok: v.ok, detail };
    });
    for (const kind of result.kinds) for (const failure of kind.failures) console.log(`WRONG ${failure}`);
    for (const kind of result.kinds) console.log(`${kind.kind}: ${kind.expect === 'good' ? 'refused' : 'accepted'} ${kind.wrong} / ${kind.cases}`);
    console.log(`${set}: good refused ${result.falseRefusals} / ${result.good}, bad accepted ${result.falseAcceptances} / ${result.bad}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
