// Prints the metrics of every generated photo, to tune THRESHOLDS (src/capture/analyze.ts). Not part of the
// suite (no .test.ts): run it with `npx web-test-runner test/capture/tune-quality.ts`.
import { documentScene, type SceneOptions, selfieScene } from '../support/scenes.js';
import { checkSource } from '../../src/capture/pipeline.js';

const cases: [string, SceneOptions][] = [
  ['sharp', {}],
  ['sharp 1280', { width: 1280, height: 720 }],
  ['sharp 640', { width: 640, height: 480 }],
  ['sharp 4032', { width: 4032, height: 3024 }],
  ['blur1', { blur: 1 }],
  ['blur1.5', { blur: 1.5 }],
  ['blur2', { blur: 2 }],
  ['blur3', { blur: 3 }],
  ['blur5', { blur: 5 }],
  ['blur8', { blur: 8 }],
  ['blur6 4032', { width: 4032, height: 3024, blur: 6 }],
  ['blur1.5 1280', { width: 1280, height: 720, blur: 1.5 }],
  ['blur3 noise8', { blur: 3, noise: 8 }],
  ['noise8', { noise: 8 }],
  ['glare .03', { glare: 0.03 }],
  ['glare .06', { glare: 0.06 }],
  ['dark .3', { exposure: 0.3 }],
  ['dark .45', { exposure: 0.45 }],
  ['dim .7', { exposure: 0.7 }],
  ['bright 1.6', { exposure: 1.6 }],
  ['bright 2.5', { exposure: 2.5 }],
  ['lowc .35', { contrast: 0.35 }],
  ['lowc .2', { contrast: 0.2 }],
  ['lowc .35 blur3', { contrast: 0.35, blur: 3 }],
  ['fill .5', { fill: 0.5 }],
  ['fill .4', { fill: 0.4 }],
  ['fill .3', { fill: 0.3 }],
  ['fill .25', { fill: 0.25 }],
  ['glare .045', { glare: 0.045 }],
  ['blur2.5', { blur: 2.5 }],
  ['blur4', { blur: 4 }],
  ['blur2 noise8', { blur: 2, noise: 8 }],
  ['lowc .35 blur2', { contrast: 0.35, blur: 2 }],
  ['tiny 400', { width: 400, height: 300 }],
];

describe('tune', () => {
  it('prints metrics', async function () {
    this.timeout(120000);
    for (const [kind, scene] of [['document', documentScene], ['selfie', selfieScene]] as const) {
      for (const [name, options] of cases) {
        const v = await checkSource(await createImageBitmap(scene(options)), kind);
        const m = v.metrics;
        console.log(`${kind} ${name.padEnd(16)} sharp=${m.sharpness.toFixed(0).padStart(6)} bright=${m.brightness} p5=${m.darkLevel} p95=${m.lightLevel} glare=${m.glare} sat=${m.saturation} clip=${m.clipped} p99=${m.highLevel} bal=${m.balance} fill=${m.fill} -> ${v.problems.join(',')}`);
      }
    }
  });
});
