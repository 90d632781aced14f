// Reads the preview's layout off the page for `frameRegion`: the `<video>`'s box, `object-fit` and mirroring, and the
// framing guide beside it. Small and free of the engine, like frames.ts, so the controllers can import it.
import { frameRegion, type FrameRegion, type PreviewLayout } from './guide-region.js';

const FITS: readonly PreviewLayout['fit'][] = ['cover', 'contain', 'fill', 'none', 'scale-down'];

/** The guide shown over `video`: the element of part `framing-guide` in the same viewfinder. */
function guideOf(video: HTMLVideoElement): Element | null {
  return video.parentElement?.querySelector('[part~="framing-guide"]') ?? null;
}

/** The layout of `video` and `guide` (by default the viewfinder's `framing-guide`) as shown now, or null when either is not laid out. */
export function previewLayout(video: HTMLVideoElement, guide: Element | null = guideOf(video)): PreviewLayout | null {
  if (!guide || !video.isConnected) return null;
  const style = getComputedStyle(video);
  const outer = video.getBoundingClientRect();
  // The content box: object-fit places the picture inside the padding and border.
  const left = parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const top = parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const right = parseFloat(style.borderRightWidth) + parseFloat(style.paddingRight);
  const bottom = parseFloat(style.borderBottomWidth) + parseFloat(style.paddingBottom);
  const box = { x: outer.x + left, y: outer.y + top, width: outer.width - left - right, height: outer.height - top - bottom };
  const g = guide.getBoundingClientRect();
  if (!(box.width > 0 && box.height > 0 && g.width > 0 && g.height > 0)) return null;
  const fit = (FITS as readonly string[]).includes(style.objectFit) ? (style.objectFit as PreviewLayout['fit']) : 'fill';
  // A flip (scaleX(-1), in a transform or the `scale` property) leaves a negative first matrix entry.
  const matrix = new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform);
  const scale = style.scale && style.scale !== 'none' ? parseFloat(style.scale) : 1;
  const mirrored = matrix.a * scale < 0;
  return { video: { width: video.videoWidth, height: video.videoHeight }, box, fit, mirrored, guide: { x: g.x, y: g.y, width: g.width, height: g.height } };
}

/** The region of `video`'s frames the person sees and the guide asks them to fill, or null (judge the whole frame). */
export function previewRegion(video: HTMLVideoElement): FrameRegion | null {
  const layout = previewLayout(video);
  return layout && frameRegion(layout);
}
