// How a selfie preview shows the front camera, for the selfie scenes that are judged on the oval the person sees
// (issue 22): the viewfinder's box on a desktop or a phone, the stream cropped (`object-fit: cover`, the step's own)
// or letterboxed (`contain`, as an integrator may style the preview part), mirrored as a front camera is, and the oval
// guide sized as capture-step.styles.ts sizes it. `frameRegion` turns that into the region the checks are given.
import { frameRegion, type FrameRegion, type PreviewLayout, type Rect } from '../../src/capture/guide-region.js';

export type Device = 'desktop' | 'phone' | 'phone held sideways';

export interface PreviewSpec {
  device: Device;
  /** The viewfinder's box, CSS pixels. */
  box: { width: number; height: number };
  fit: 'cover' | 'contain';
  mirrored: boolean;
}

const between = (next: () => number, low: number, high: number) => low + next() * (high - low);

/** A preview for a stream of `width` × `height`; `next` chooses the rest. */
export function previewFor(width: number, height: number, next: () => number): PreviewSpec {
  const portrait = height > width;
  // A desktop's webcam is landscape; a phone gives either (a portrait stream, or a landscape one in an upright box).
  const device: Device = portrait ? 'phone' : next() < 0.4 ? 'desktop' : next() < 0.7 ? 'phone' : 'phone held sideways';
  const box =
    device === 'desktop'
      ? { width: 560, height: 420 }
      : device === 'phone'
        ? { width: 358, height: Math.round(between(next, 460, 640)) }
        : { width: Math.round(between(next, 640, 780)), height: Math.round(between(next, 220, 300)) };
  return { device, box, fit: next() < 0.7 ? 'cover' : 'contain', mirrored: next() < 0.85 };
}

/** The oval guide in the box (capture-step.styles.ts): 78 % of the box's height, 3 : 4, centred; on a phone also at most 84 % of its width. */
function ovalIn(spec: PreviewSpec): Rect {
  const { width, height } = spec.box;
  const h = spec.device === 'desktop' ? 0.78 * height : Math.min(0.78 * height, ((0.84 * width) / 3) * 4);
  const w = (h * 3) / 4;
  return { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h };
}

export function layoutOf(spec: PreviewSpec, video: { width: number; height: number }): PreviewLayout {
  return { video, box: { x: 0, y: 0, ...spec.box }, fit: spec.fit, mirrored: spec.mirrored, guide: ovalIn(spec) };
}

/** The region the capture step would send with a frame of `video`'s size shown in `spec`'s preview. */
export function regionOf(spec: PreviewSpec, video: { width: number; height: number }): FrameRegion {
  const region = frameRegion(layoutOf(spec, video));
  if (!region?.target) throw new Error(`no region for ${describePreview(spec)} and ${video.width}×${video.height}`);
  return region;
}

export function describePreview(spec: PreviewSpec): string {
  return `${spec.device} ${spec.box.width}×${spec.box.height} ${spec.fit}${spec.mirrored ? ', mirrored' : ''}`;
}
