import { expect } from '@open-wc/testing';
import { CameraController, CameraError, videoConstraints } from '../../src/controllers/camera-controller.js';
import { TestHost } from '../support/test-host.js';

function fakeMediaDevices(getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>): MediaDevices {
  return { getUserMedia } as unknown as MediaDevices;
}

function rejecting(name: string): MediaDevices {
  return fakeMediaDevices(() => Promise.reject(new DOMException('refused', name)));
}

function trackStates(stream: MediaStream): MediaStreamTrackState[] {
  return stream.getTracks().map((track) => track.readyState);
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('CameraController', () => {
  let camera: CameraController | undefined;
  afterEach(() => camera?.stop());

  it('adds itself to the host and starts idle', () => {
    const host = new TestHost();
    camera = new CameraController(host);
    expect(host.controllers).to.deep.equal([camera]);
    expect(camera.state).to.equal('idle');
    expect(camera.stream).to.equal(null);
  });

  it('opens a live stream with the requested facing mode and asks the host to update', async () => {
    const host = new TestHost();
    const asked: MediaStreamConstraints[] = [];
    camera = new CameraController(host, {
      mediaDevices: fakeMediaDevices((constraints) => {
        asked.push(constraints);
        return navigator.mediaDevices.getUserMedia(constraints);
      }),
    });
    const starting = camera.start({ facingMode: 'environment' });
    expect(camera.state).to.equal('starting');
    const stream = await starting;
    expect(camera.state).to.equal('live');
    expect(camera.stream).to.equal(stream);
    expect(trackStates(stream)).to.deep.equal(['live']);
    expect(asked[0]!.audio).to.equal(false);
    expect((asked[0]!.video as MediaTrackConstraints).facingMode).to.deep.equal({ ideal: 'environment' });
    expect(host.updates).to.be.greaterThanOrEqual(2);
  });

  it('asks a phone for its sensor’s 4 : 3 shape and a desktop for 16 : 9', () => {
    expect(videoConstraints('environment', true)).to.deep.equal({ facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1440 }, aspectRatio: { ideal: 4 / 3 } });
    expect(videoConstraints('user', false)).to.deep.equal({ facingMode: { ideal: 'user' }, width: { ideal: 1920 }, height: { ideal: 1080 } });
  });

  it('stop() ends every track and returns to idle', async () => {
    camera = new CameraController(new TestHost());
    const stream = await camera.start({ facingMode: 'user' });
    camera.stop();
    expect(trackStates(stream)).to.deep.equal(['ended']);
    expect(camera.state).to.equal('idle');
    expect(camera.stream).to.equal(null);
  });

  it('stops the first stream when started twice', async () => {
    camera = new CameraController(new TestHost());
    const first = await camera.start({ facingMode: 'environment' });
    const second = await camera.start({ facingMode: 'user' });
    expect(trackStates(first)).to.deep.equal(['ended']);
    expect(trackStates(second)).to.deep.equal(['live']);
  });

  it('stops all tracks when the host disconnects', async () => {
    camera = new CameraController(new TestHost());
    const stream = await camera.start({ facingMode: 'environment' });
    camera.hostDisconnected();
    expect(trackStates(stream)).to.deep.equal(['ended']);
    expect(camera.state).to.equal('idle');
  });

  for (const [label, cancel] of [
    ['stop()', (controller: CameraController) => controller.stop()],
    ['disconnection', (controller: CameraController) => controller.hostDisconnected()],
  ] as const) {
    it(`stops a stream that arrives after ${label} and rejects with AbortError`, async () => {
      let release!: () => void;
      const arrived: MediaStream[] = [];
      camera = new CameraController(new TestHost(), {
        mediaDevices: fakeMediaDevices(async (constraints) => {
          await new Promise<void>((resolve) => (release = resolve));
          const stream = await navigator.mediaDevices.getUserMedia(constraints);
          arrived.push(stream);
          return stream;
        }),
      });
      const starting = camera.start({ facingMode: 'environment' });
      cancel(camera);
      release();
      const error = await rejectionOf(starting);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(trackStates(arrived[0]!)).to.deep.equal(['ended']);
      expect(camera.state).to.equal('idle');
      expect(camera.stream).to.equal(null);
    });
  }

  for (const [name, code] of [
    ['NotAllowedError', 'camera_denied'],
    ['NotFoundError', 'camera_not_found'],
    ['NotReadableError', 'camera_in_use'],
    ['AbortError', 'camera_failed'],
  ] as const) {
    it(`turns getUserMedia's ${name} into a CameraError ${code}`, async () => {
      const host = new TestHost();
      camera = new CameraController(host, { mediaDevices: rejecting(name) });
      const error = await rejectionOf(camera.start({ facingMode: 'environment' }));
      expect(error).to.be.instanceOf(CameraError);
      expect((error as CameraError).code).to.equal(code);
      expect(camera.state).to.equal('error');
      expect(camera.error).to.equal(error);
    });
  }

  it('reports camera_unsupported when there is no getUserMedia', async () => {
    camera = new CameraController(new TestHost(), { mediaDevices: {} as MediaDevices });
    const error = await rejectionOf(camera.start({ facingMode: 'environment' }));
    expect((error as CameraError).code).to.equal('camera_unsupported');
    expect(camera.state).to.equal('error');
  });

  it('moves to error when the browser ends the track on its own', async () => {
    camera = new CameraController(new TestHost());
    const stream = await camera.start({ facingMode: 'environment' });
    // What the browser fires when the device is unplugged or permission is revoked. Dispatched by script it is
    // untrusted, which Firefox delivers to `onended` but not to addEventListener listeners (issue 12, defect 4):
    // this failed in Firefox while the controller listened with addEventListener.
    stream.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
    expect(camera.state).to.equal('error');
    expect(camera.error?.code).to.equal('camera_failed');
    expect(camera.stream).to.equal(null);
    expect(trackStates(stream)).to.deep.equal(['ended']);
  });

  it('ignores the end of a track it no longer uses', async () => {
    camera = new CameraController(new TestHost());
    const first = await camera.start({ facingMode: 'environment' });
    const second = await camera.start({ facingMode: 'user' });
    first.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
    expect(camera.state).to.equal('live');
    expect(camera.stream).to.equal(second);
    camera.stop();
    second.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
    expect(camera.state).to.equal('idle');
    expect(camera.error).to.equal(null);
  });

  it('leaves no handler on the tracks it stops', async () => {
    camera = new CameraController(new TestHost());
    const stream = await camera.start({ facingMode: 'environment' });
    const [track] = stream.getVideoTracks();
    expect(track!.onended).to.be.a('function');
    camera.stop();
    expect(track!.onended).to.equal(null);
  });
});
