import { ENGINE_PACE } from '../../engine-pace.js';
import { expect, waitUntil } from '@open-wc/testing';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { acceptConsent, mount, stepRoot, submitReview, takeLivePhoto, waitForStep } from '../../support/element.js';

/** Records every stream the page gets from the (fake) camera. */
function spyOnCamera(): { streams: MediaStream[]; restore(): void } {
  const streams: MediaStream[] = [];
  const devices = navigator.mediaDevices;
  const original = devices.getUserMedia;
  devices.getUserMedia = async (constraints) => {
    const stream = await original.call(devices, constraints);
    streams.push(stream);
    return stream;
  };
  return { streams, restore: () => (devices.getUserMedia = original) };
}

const allEnded = (streams: MediaStream[]) =>
  streams.flatMap((stream) => stream.getTracks()).every((track) => track.readyState === 'ended');

describe('<verify-identity> with the camera', function () {
  // Each live photo is checked, and a fake camera's frame may fail the checks (Firefox's, a flat colour, is too
  // far): up to three photos a step.
  this.timeout(60_000 * ENGINE_PACE);
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  let camera: ReturnType<typeof spyOnCamera>;
  beforeEach(() => (camera = spyOnCamera()));
  afterEach(() => camera.restore());

  it('takes a live photo when the session requires live capture, and verifies', async function () {
    const session = createSession(mock.backend, { options: { document: { require_live_capture: true } } });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    const root = await stepRoot(el);
    expect(root.querySelector('input[type=file]'), 'no upload when live capture is required').to.equal(null);
    await takeLivePhoto(el);
    await submitReview(el, events);
    await waitForStep(events, 'verified');
    expect(camera.streams.length).to.be.greaterThan(0);
    expect(allEnded(camera.streams)).to.equal(true);
  });

  it('stops every camera track when it closes mid-capture', async () => {
    const session = createSession(mock.backend, { options: { document: { require_live_capture: true } } });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    await waitUntil(() => camera.streams.some((stream) => stream.active), 'the camera runs', { timeout: 4000 * ENGINE_PACE });
    el.close();
    await waitUntil(() => allEnded(camera.streams), 'every track ended');
  });
});
