import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { ReviewCapture, VerifyReviewStep } from '../../../src/components/steps/review-step.js';
import type { IdNumberDetails } from '../../../src/core/types.js';
import { en } from '../../../src/locales/en.js';

async function jpeg(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 4;
  canvas.height = 3;
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/jpeg'));
}

async function captures(): Promise<ReviewCapture[]> {
  return [
    { side: 'front', image: await jpeg() },
    { side: 'back', image: await jpeg() },
  ];
}

async function render(values: Partial<VerifyReviewStep> = {}): Promise<VerifyReviewStep> {
  const element = await fixture<VerifyReviewStep>(
    html`<verify-identity-review-step .strings=${en} .captures=${await captures()}></verify-identity-review-step>`,
  );
  Object.assign(element, values);
  await element.updateComplete;
  return element;
}

const submitButton = (element: VerifyReviewStep) => shadow(element).querySelector<HTMLButtonElement>('[part=submit-button]')!;

function countSubmits(element: VerifyReviewStep): () => number {
  let count = 0;
  element.addEventListener('vi-step-complete', () => count++);
  return () => count;
}

function thumbnailUrls(element: VerifyReviewStep): string[] {
  return [...shadow(element).querySelectorAll('img')].map((image) => image.src);
}

async function loads(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}

describe('<verify-identity-review-step>', () => {
  it('shows a thumbnail per image with its side, and is accessible', async () => {
    const element = await render();
    const images = [...shadow(element).querySelectorAll('img')];
    expect(images.map((image) => image.alt)).to.deep.equal([en.review.imageAlt.front, en.review.imageAlt.back]);
    expect(images.every((image) => image.src.startsWith('blob:'))).to.equal(true);
    expect(await loads(images[0]!.src)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('fires vi-retake with the side of the image', async () => {
    const element = await render();
    const retake = shadow(element).querySelector<HTMLButtonElement>(`button[aria-label="${en.review.retakeLabel.back}"]`)!;
    const heard = oneEvent(element, 'vi-retake');
    retake.click();
    expect((await heard).detail).to.deep.equal({ side: 'back' });
  });

  it('submits once on a double click', async () => {
    const element = await render();
    const submits = countSubmits(element);
    submitButton(element).click();
    submitButton(element).click();
    await element.updateComplete;
    expect(submits()).to.equal(1);
    expect(submitButton(element).getAttribute('aria-disabled')).to.equal('true');
  });

  it('does not submit while busy, and unlocks when the attempt ends', async () => {
    const element = await render();
    const submits = countSubmits(element);
    submitButton(element).click();
    element.busy = true;
    await element.updateComplete;
    submitButton(element).click();
    expect(submits()).to.equal(1);
    element.busy = false;
    element.error = 'The upload failed. Try again.';
    await element.updateComplete;
    expect(textOf(element, '[role=alert]')).to.equal('The upload failed. Try again.');
    submitButton(element).click();
    expect(submits()).to.equal(2);
  });

  it('stays locked when the shell passes the same images in a new array', async () => {
    const element = await render();
    const submits = countSubmits(element);
    submitButton(element).click();
    element.captures = [...element.captures];
    await element.updateComplete;
    submitButton(element).click();
    expect(submits()).to.equal(1);
  });

  it('shows upload progress in a labelled progress bar and a live region', async () => {
    const element = await render({ busy: true, progress: 0.46 });
    const progress = shadow(element).querySelector('progress')!;
    expect(progress.value).to.be.closeTo(0.46, 0.001);
    expect(progress.labels![0]!.textContent!.trim()).to.equal(en.review.uploading);
    expect(textOf(element, '[role=status]')).to.equal(en.review.uploadingPercent(50));
    expect(textOf(element, '[part=submit-button]')).to.equal(en.review.submitting);
    await expect(element).to.be.accessible();
  });

  it('shows the ID number details with only the last four characters', async () => {
    const details: IdNumberDetails = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: '123-45-6789' };
    const element = await render({ idNumber: details });
    const text = textOf(element, '.details');
    expect(text).to.include('Ada Lovelace');
    expect(text).to.include(en.review.idNumberMasked('6789'));
    expect(text).to.not.include('123-45');
  });

  it('revokes the thumbnail URL of a replaced image and keeps the others', async () => {
    const element = await render();
    const [front, back] = thumbnailUrls(element);
    element.captures = [element.captures[0]!, { side: 'back', image: await jpeg() }];
    await element.updateComplete;
    expect(thumbnailUrls(element)[0]).to.equal(front);
    expect(thumbnailUrls(element)[1]).to.not.equal(back);
    expect(await loads(front!)).to.equal(true);
    expect(await loads(back!)).to.equal(false);
  });

  it('revokes every thumbnail URL when it leaves the DOM', async () => {
    const element = await render();
    const urls = thumbnailUrls(element);
    element.remove();
    expect(await Promise.all(urls.map(loads))).to.deep.equal([false, false]);
  });
});
