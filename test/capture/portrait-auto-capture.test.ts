import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/define-steps.js';
import type { VerifyCaptureStep } from '../../src/components/steps/capture-step.js';
import type { CaptureEvent } from '../../src/components/step-events.js';
import { en } from '../../src/locales/en.js';
import { documentScene } from '../support/scenes.js';
import { sceneCamera, type SceneCamera } from './scene-camera.js';
import { ENGINE_PACE } from '../engine-pace.js';

// A phone held upright gives a portrait stream (720 × 1280); the preview, cropped to its box, shows the card filling
// the guide. The checks judge the guide's region, so the card is taken by itself (issue 22, items 1 and 5).
let camera: SceneCamera | undefined;
afterEach(() => {
  camera?.stop();
  camera = undefined;
});

async function filming(fill: number): Promise<{ element: VerifyCaptureStep; heard: CaptureEvent[] }> {
  camera = sceneCamera(documentScene({ width: 720, height: 1280, fill }));
  const element = await fixture<VerifyCaptureStep>(html`
    <verify-identity-capture-step .strings=${en} side="front" .documentType=${'id_card'} .mediaDevices=${camera.mediaDevices}></verify-identity-capture-step>
  `);
  const heard: CaptureEvent[] = [];
  element.addEventListener('vi-step-complete', (event) => heard.push(event as CaptureEvent));
  return { element, heard };
}

const query = <T extends Element>(element: VerifyCaptureStep, selector: string) => element.shadowRoot!.querySelector<T>(selector);

describe('auto-capture with a portrait camera', () => {
  it('takes a card that fills the guide by itself within seconds, and hands over the whole frame', async function () {
    this.timeout(20_000 * ENGINE_PACE);
    const { element, heard } = await filming(0.78);
    // The verdict screen shows only after a shot: auto-capture took it (no button was pressed).
    await waitUntil(() => query(element, '[part=verdict]'), 'auto-capture never took the photo', { timeout: 12_000 * ENGINE_PACE }).catch((error: Error) => {
      throw new Error(`${error.message}; the hint said "${query(element, '[part=capture-hint]')?.textContent?.trim() ?? ''}"`);
    });
    await waitUntil(() => query(element, '[part=use-photo-button]'), 'the photo did not pass', { timeout: 4000 * ENGINE_PACE });
    query<HTMLButtonElement>(element, '[part=use-photo-button]')!.click();
    await waitUntil(() => heard.length === 1, 'the photo was not handed over');
    const photo = await createImageBitmap(heard[0]!.detail.image);
    // The whole frame goes up, as the check screen showed it.
    expect([photo.width, photo.height]).to.deep.equal([720, 1280]);
    photo.close();
  });

  it('does not take a card that runs past the guide: it says the corners are cut off', async function () {
    this.timeout(20_000 * ENGINE_PACE);
    const { element, heard } = await filming(1.15);
    await waitUntil(() => query(element, '[part=capture-hint]')?.textContent?.trim() === en.capture.check.problems.cut_off, 'no cut-off hint', {
      timeout: 12_000 * ENGINE_PACE,
    });
    expect(query(element, '[part=verdict]'), 'no photo was taken').to.equal(null);
    expect(heard).to.have.length(0);
  });
});
