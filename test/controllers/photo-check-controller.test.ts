import { expect } from '@open-wc/testing';
import { PhotoCheckController } from '../../src/controllers/photo-check-controller.js';
import { documentScene, jpeg } from '../support/scenes.js';
import { TestHost } from '../support/test-host.js';

// The controller on a throwaway host, with the real engine: files through the checks to the check screen.

const file = async (blur = 0) => new File([await jpeg(documentScene({ width: 1280, height: 720, blur }))], 'card.jpg', { type: 'image/jpeg' });

describe('PhotoCheckController', () => {
  let host: TestHost;
  let photos: PhotoCheckController;
  beforeEach(() => {
    host = new TestHost();
    photos = new PhotoCheckController(host);
  });
  afterEach(() => photos.hostDisconnected());

  it('a sharp file: checked, shown as the upload-ready JPEG and usable; checking while it runs', async function () {
    this.timeout(20_000);
    const chosen = await file();
    const outcome = photos.checkFile(chosen, 'document', photos.begin());
    expect(photos.checking).to.equal(true);
    expect(await outcome).to.equal('shown');
    expect(photos.checking).to.equal(false);
    expect(photos.checked).to.include({ source: 'upload', unchecked: false });
    expect(photos.checked!.problems).to.deep.equal([]);
    expect(photos.checked!.image.type).to.equal('image/jpeg');
    expect(photos.checked!.image).to.not.equal(chosen);
    expect(photos.usable()).to.equal(photos.checked);
    expect(host.updates).to.be.above(0);
  });

  it('a failing photo is refused twice, then may be used; a new side counts from zero again', async function () {
    this.timeout(30_000);
    const blurred = await file(4);
    for (const attempt of [1, 2, 3]) {
      expect(await photos.checkFile(blurred, 'document', photos.begin())).to.equal('shown');
      expect(photos.checked!.problems, `attempt ${attempt}`).to.include('blurry');
      expect(photos.usable(), `attempt ${attempt}`).to.equal(attempt === 3 ? photos.checked : null);
      expect(photos.mayOverride).to.equal(attempt === 3);
    }
    photos.reset();
    expect(photos.checked).to.equal(null);
    expect(photos.mayOverride).to.equal(false);
  });

  it('a check overtaken by a newer pick shows nothing, and a retake drops the photo and its URL', async function () {
    this.timeout(20_000);
    const stale = photos.checkFile(await file(), 'document', photos.begin());
    photos.begin();
    expect(await stale).to.equal('stale');
    expect(photos.checked).to.equal(null);

    expect(await photos.checkFile(await file(), 'document', photos.begin())).to.equal('shown');
    const { url } = photos.checked!;
    photos.retake();
    expect(photos.checked).to.equal(null);
    const revoked = await fetch(url).then(
      () => false,
      () => true,
    );
    expect(revoked, 'the object URL was revoked').to.equal(true);
  });

  it('a file the browser cannot decode is the file’s problem, not an unchecked photo', async function () {
    this.timeout(20_000);
    const whole = await jpeg(documentScene({ width: 1280, height: 720 }));
    const truncated = new File([whole.slice(0, whole.size / 3)], 'cut.jpg', { type: 'image/jpeg' });
    expect(await photos.checkFile(truncated, 'document', photos.begin())).to.deep.equal({ problem: 'corrupt' });
    expect(photos.checked).to.equal(null);
  });

  it('past its deadline the photo is offered unchecked, as a copy without its metadata', async () => {
    photos.timeoutMs = 0;
    const chosen = await file();
    expect(await photos.checkFile(chosen, 'document', photos.begin())).to.equal('shown');
    expect(photos.checked).to.include({ unchecked: true });
    expect(photos.checked!.image).to.not.equal(chosen);
    expect(photos.checked!.image.type).to.equal('image/jpeg');
    expect(photos.usable()).to.equal(photos.checked);
  });
});
