import { expect, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import { en } from '../../../src/locales/en.js';
import { documentScene, type SceneOptions } from '../../support/scenes.js';
import { filmingStep, renderCaptureStep, sceneCameras } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';

// What the person sees of auto-capture and of the shot: the steady text on screen, the countdown at the guide's edge
// with its progress for assistive technology, and one flash when the photo is taken (none under reduced motion).

const t = en.capture.check;

const film = sceneCameras();
let restoreMatchMedia: (() => void) | undefined;
afterEach(() => {
  restoreMatchMedia?.();
  restoreMatchMedia = undefined;
});

const query = <T extends Element = HTMLElement>(element: VerifyCaptureStep, selector: string) => shadow(element).querySelector<T>(selector);

/** The step filming `scene`, once its shutter can be pressed (a card inside the guide: `fill` 0.55; one past it is cut off). */
function filmed(scene: SceneOptions = {}): Promise<VerifyCaptureStep> {
  return filmingStep(film(documentScene(scene)));
}

/** Makes the page report `prefers-reduced-motion: reduce` (WebDriver engines cannot emulate the media feature). */
function preferReducedMotion(): void {
  const real = window.matchMedia;
  window.matchMedia = (query: string) => (query.includes('prefers-reduced-motion: reduce') ? ({ matches: true, media: query } as MediaQueryList) : real.call(window, query));
  restoreMatchMedia = () => (window.matchMedia = real);
}

/** Every class the viewfinder had from now until the check screen shows. */
async function viewfinderClassesUntilVerdict(element: VerifyCaptureStep, act: () => void): Promise<Set<string>> {
  const seen = new Set<string>();
  const record = () => query(element, '.viewfinder')?.classList.forEach((name) => seen.add(name));
  const observer = new MutationObserver(record);
  observer.observe(shadow(element), { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
  act();
  await element.updateComplete;
  record();
  await waitUntil(() => query(element, '[part=verdict]'), 'the check screen never showed', { timeout: 15_000 * ENGINE_PACE });
  observer.disconnect();
  return seen;
}

describe('<verify-identity-capture-step>: feedback people can see', () => {
  it('shows "Hold still" as text while steady, and the countdown as progress along the guide’s edge', async () => {
    const element = await filmed({ fill: 0.55 });
    await waitUntil(() => query(element, '[part=capture-progress]'), 'the countdown never started', { timeout: 15_000 * ENGINE_PACE });
    const ring = query(element, '[part=capture-progress]')!;
    const hint = query(element, '[part=capture-hint]')!;
    expect(hint.textContent!.trim(), 'the steady state is on screen, not only announced').to.equal(t.steady);
    expect(hint.checkVisibility()).to.equal(true);
    expect(ring.getAttribute('role')).to.equal('progressbar');
    expect(ring.getAttribute('aria-label')).to.equal(t.steady);
    const value = Number(ring.getAttribute('aria-valuenow'));
    expect(value).to.be.within(0, 100);
    expect([ring.getAttribute('aria-valuemin'), ring.getAttribute('aria-valuemax')]).to.deep.equal(['0', '100']);
    // The ring is the guide's edge, not a small arc in its middle: its box is the guide's, within the border.
    const guide = query(element, '[part=framing-guide]')!.getBoundingClientRect();
    const box = ring.getBoundingClientRect();
    for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(box[side] - guide[side]), side).to.be.below(3);
    expect(box.width).to.be.above(guide.width * 0.9);
  });

  it('flashes the viewfinder once when the shutter is pressed, and the flash ends', async () => {
    const element = await filmed({ fill: 0.55 });
    const seen = await viewfinderClassesUntilVerdict(element, () => query<HTMLButtonElement>(element, '[part=capture-button]')!.click());
    expect(seen.has('viewfinder--flash')).to.equal(true);
    expect(textOf(element, '[part=verdict]')).to.not.equal('');
    // Retake: the live viewfinder comes back without a flash left over from the last shot.
    [...shadow(element).querySelectorAll('button')].find((button) => button.textContent!.trim() === t.retake)?.click();
    await waitUntil(() => query<HTMLButtonElement>(element, '[part=capture-button]')?.disabled === false, 'camera never came back', {
      timeout: 5000 * ENGINE_PACE,
    });
    expect(query(element, '.viewfinder')!.classList.contains('viewfinder--flash')).to.equal(false);
  });

  it('does not flash under reduced motion', async () => {
    preferReducedMotion();
    const element = await filmed({ fill: 0.55 });
    const seen = await viewfinderClassesUntilVerdict(element, () => query<HTMLButtonElement>(element, '[part=capture-button]')!.click());
    expect(seen.has('viewfinder--checking') || query(element, '[part=verdict]') !== null, 'the shot was taken').to.equal(true);
    expect(seen.has('viewfinder--flash')).to.equal(false);
  });

  it('upload: says what to do first, the file formats after the button', async () => {
    const element = await renderCaptureStep({ preferCamera: false });
    expect(textOf(element, '.instructions')).to.equal(en.capture.uploadInstructions);
    expect(textOf(element, '.instructions'), 'no formats in the instructions').to.not.match(/JPEG|PNG|WebP|MB/);
    // "Choose a photo" is the action bar's main button; the formats follow what to do, never lead it.
    const instructions = query(element, '.instructions')!;
    const formats = query(element, '#file-formats')!;
    expect(instructions.compareDocumentPosition(formats) & Node.DOCUMENT_POSITION_FOLLOWING, 'the formats after what to do').to.not.equal(0);
    expect(query(element, '[part=action-bar] label[for=file]')!.textContent!.trim()).to.equal(en.capture.chooseFile);
    expect(query(element, '#file-formats')!.checkVisibility()).to.equal(true);
    expect(query(element, 'input[type=file]')!.getAttribute('aria-describedby')!.split(' ')).to.include('file-formats');
  });
});
