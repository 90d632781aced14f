import { expect } from '@open-wc/testing';
import { frameRegion, scaleRect, type PreviewLayout } from '../../src/capture/guide-region.js';

// The guide's region in video pixels for the preview layouts phones and desktops give (issue 22, item 5).
const box = (width: number, height: number) => ({ x: 10, y: 20, width, height });
/** A guide `share` of the box's width, of aspect `aspect`, centred in `b`. */
function guideIn(b: ReturnType<typeof box>, share: number, aspect = 125 / 88) {
  const width = b.width * share;
  const height = width / aspect;
  return { x: b.x + (b.width - width) / 2, y: b.y + (b.height - height) / 2, width, height };
}

describe('frameRegion', () => {
  it('maps a portrait 720 × 1280 stream shown in a landscape box with cover: the top and bottom are cropped away', () => {
    const b = box(640, 480);
    const layout: PreviewLayout = { video: { width: 720, height: 1280 }, box: b, fit: 'cover', mirrored: false, guide: guideIn(b, 0.78) };
    const region = frameRegion(layout, 0)!;
    // Scale 640 / 720: the box shows 540 of the 1280 rows, centred.
    expect(region.visible).to.deep.equal({ x: 0, y: 370, width: 720, height: 540 });
    // The guide is 78 % of the box's width: 561.6 video px wide, 395 high, centred on the frame.
    expect(region.guide.width).to.be.within(561, 563);
    expect(region.guide.x).to.be.within(78, 80);
    expect(region.guide.y + region.guide.height / 2).to.be.closeTo(640, 1);
    expect(region.frame).to.deep.equal({ width: 720, height: 1280 });
  });

  it('maps a landscape 1280 × 720 stream in a 390-wide portrait box with cover: only a middle slice of the frame shows', () => {
    const b = box(390, 422);
    const layout: PreviewLayout = { video: { width: 1280, height: 720 }, box: b, fit: 'cover', mirrored: false, guide: guideIn(b, 0.82, 85.6 / 54) };
    const region = frameRegion(layout, 0)!;
    // Scale 422 / 720: 665.3 of the 1280 columns show.
    expect(region.visible.y).to.equal(0);
    expect(region.visible.height).to.equal(720);
    expect(region.visible.width).to.be.within(665, 667);
    expect(region.visible.x + region.visible.width / 2).to.be.closeTo(640, 1);
    // The guide covers 82 % of what shows, not of the whole frame.
    expect(region.guide.width / region.visible.width).to.be.closeTo(0.82, 0.01);
  });

  it('letterboxes with contain: the bars are no part of the frame, and a guide wider than the picture is cut to it', () => {
    const b = box(400, 400);
    const guide = guideIn(b, 0.9);
    const layout: PreviewLayout = { video: { width: 1280, height: 720 }, box: b, fit: 'contain', mirrored: false, guide };
    const region = frameRegion(layout, 0)!;
    // The picture is 400 × 225, bars above and below: all of the frame shows.
    expect(region.visible).to.deep.equal({ x: 0, y: 0, width: 1280, height: 720 });
    // 360 × 253.4 screen px: the guide is taller than the picture, so it is cut to the frame's rows.
    expect(region.guide.x).to.be.within(63, 65);
    expect(region.guide.width).to.be.within(1151, 1153);
    expect(region.guide.y).to.equal(0);
    expect(region.guide.height).to.equal(720);
  });

  it('flips a mirrored preview: a guide on the right of the screen is on the left of the frame', () => {
    const b = box(640, 480);
    const guide = { x: b.x + 400, y: b.y + 100, width: 200, height: 150 };
    const plain = frameRegion({ video: { width: 640, height: 480 }, box: b, fit: 'cover', mirrored: false, guide }, 0)!;
    const mirrored = frameRegion({ video: { width: 640, height: 480 }, box: b, fit: 'cover', mirrored: true, guide }, 0)!;
    expect(plain.guide).to.deep.equal({ x: 400, y: 100, width: 200, height: 150 });
    expect(mirrored.guide).to.deep.equal({ x: 40, y: 100, width: 200, height: 150 });
  });

  it('widens the guide by the margin on each side, within what shows', () => {
    const b = box(640, 480);
    const guide = { x: b.x + 100, y: b.y + 100, width: 400, height: 200 };
    const region = frameRegion({ video: { width: 640, height: 480 }, box: b, fit: 'fill', mirrored: false, guide }, 0.1)!;
    expect(region.guide).to.deep.equal({ x: 60, y: 80, width: 480, height: 240 });
  });

  it('gives null when there is nothing to map: no stream size yet, or a guide off the picture', () => {
    const b = box(640, 480);
    expect(frameRegion({ video: { width: 0, height: 0 }, box: b, fit: 'cover', mirrored: false, guide: guideIn(b, 0.8) })).to.equal(null);
    expect(frameRegion({ video: { width: 640, height: 480 }, box: b, fit: 'cover', mirrored: false, guide: { x: 2000, y: 0, width: 10, height: 10 } })).to.equal(null);
  });
});

describe('scaleRect', () => {
  it('carries a region to a scaled copy of the frame, in whole pixels within it', () => {
    expect(scaleRect({ x: 100, y: 50, width: 200, height: 100 }, { width: 1280, height: 720 }, { width: 640, height: 360 })).to.deep.equal({ x: 50, y: 25, width: 100, height: 50 });
    expect(scaleRect({ x: 600, y: 0, width: 200, height: 720 }, { width: 640, height: 720 }, { width: 640, height: 720 })).to.deep.equal({ x: 600, y: 0, width: 40, height: 720 });
  });
});
