import { expect } from '@open-wc/testing';
import { startMockBackend } from '../../src/mocks/browser.js';

// No useMockBackend() here: these tests start and stop backends themselves, one page, one at a time.
describe('mock backend in the browser: start and stop', () => {
  it('stop() resolves only once the worker has stopped', async () => {
    const started = await startMockBackend({ quiet: true });
    const realStop = started.worker.stop.bind(started.worker);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let workerStopped = false;
    started.worker.stop = async () => {
      await gate;
      await realStop();
      workerStopped = true;
    };
    const stopping: unknown = started.stop();
    expect(stopping, 'stop() returns a promise').to.be.instanceOf(Promise);
    let settled = false;
    void (stopping as Promise<void>).then(() => (settled = true));
    await Promise.resolve();
    expect(settled, 'not before the worker has stopped').to.equal(false);
    release();
    await stopping;
    expect(workerStopped).to.equal(true);
  });

  it('starts again in the same page after stop(), and the new backend answers', async () => {
    for (let round = 1; round <= 3; round++) {
      const { backend, stop } = await startMockBackend({ quiet: true });
      const session = backend.createSession({ type: 'document' });
      const response = await fetch(`/v1/identity/verification_sessions/${session.id}`, {
        headers: { Authorization: `Bearer ${session.client_secret}` },
      });
      expect(response.status, `round ${round}`).to.equal(200);
      expect(((await response.json()) as { id: string }).id).to.equal(session.id);
      await stop();
    }
  });
});
