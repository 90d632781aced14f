// Where the on-screen framing guide falls in the camera's own pixels: the checks judge what the person sees and is
// asked to fill, not the parts of the frame the preview crops away. Pure geometry, no DOM (guide-layout.ts reads it).

/** A rectangle: screen CSS pixels or video pixels, as said where it is used. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the preview shows the camera: all boxes in the same screen coordinates (CSS pixels). */
export interface PreviewLayout {
  /** The stream's size (`videoWidth` × `videoHeight`). */
  video: { width: number; height: number };
  /** The `<video>` element's content box. */
  box: Rect;
  /** Its `object-fit` (`object-position` is taken as centred, the default). */
  fit: 'cover' | 'contain' | 'fill' | 'none' | 'scale-down';
  /** Shown flipped left to right (a front camera's mirror view). */
  mirrored: boolean;
  /** The framing guide's box. */
  guide: Rect;
}

/** The parts of a camera frame that matter, in video pixels. */
export interface FrameRegion {
  /** The frame's size these are measured in. */
  frame: { width: number; height: number };
  /** What the preview shows of the frame: the framing the person saw. */
  visible: Rect;
  /** The guide, widened by `GUIDE_MARGIN` so a document that fills it shows its edges, within `visible`. */
  guide: Rect;
  /**
   * The guide's own box (no margin, not snapped), where the selfie's oval is inscribed; it may reach past `visible`
   * when the preview letterboxes the picture. Absent in a region made by hand: then `guide` less its margin.
   */
  target?: Rect;
}

/** Share of the guide's width and height added on each side: room to see a document's edges when it fills the guide. */
export const GUIDE_MARGIN = 0.08;

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Whole pixels, never outside the frame. */
function snap(rect: Rect, width: number, height: number): Rect {
  const x = Math.max(0, Math.floor(rect.x + 1e-6));
  const y = Math.max(0, Math.floor(rect.y + 1e-6));
  const right = Math.min(width, Math.ceil(rect.x + rect.width - 1e-6));
  const bottom = Math.min(height, Math.ceil(rect.y + rect.height - 1e-6));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

/**
 * The visible part of the frame and the guide's region in it, in video pixels, or null when the layout gives none
 * (no stream size yet, an empty box, a guide off the picture): then the whole frame is judged.
 */
export function frameRegion(layout: PreviewLayout, margin = GUIDE_MARGIN): FrameRegion | null {
  const { video, box, fit, mirrored, guide } = layout;
  if (!(video.width > 0 && video.height > 0 && box.width > 0 && box.height > 0)) return null;
  const contain = Math.min(box.width / video.width, box.height / video.height);
  const scaleFor = {
    cover: Math.max(box.width / video.width, box.height / video.height),
    contain,
    none: 1,
    'scale-down': Math.min(1, contain),
  };
  const scaleX = fit === 'fill' ? box.width / video.width : scaleFor[fit];
  const scaleY = fit === 'fill' ? box.height / video.height : scaleFor[fit];
  const shown: Rect = {
    x: box.x + (box.width - video.width * scaleX) / 2,
    y: box.y + (box.height - video.height * scaleY) / 2,
    width: video.width * scaleX,
    height: video.height * scaleY,
  };
  const wide: Rect = {
    x: guide.x - guide.width * margin,
    y: guide.y - guide.height * margin,
    width: guide.width * (1 + 2 * margin),
    height: guide.height * (1 + 2 * margin),
  };
  const visibleOnScreen = intersect(box, shown);
  const guideOnScreen = visibleOnScreen && intersect(wide, visibleOnScreen);
  if (!visibleOnScreen || !guideOnScreen) return null;
  // A mirrored preview flips about the box's centre line: a point on screen shows the frame's pixel from the other side.
  const toVideo = (rect: Rect): Rect => {
    const x = mirrored ? 2 * box.x + box.width - (rect.x + rect.width) : rect.x;
    return { x: (x - shown.x) / scaleX, y: (rect.y - shown.y) / scaleY, width: rect.width / scaleX, height: rect.height / scaleY };
  };
  return {
    frame: { ...video },
    visible: snap(toVideo(visibleOnScreen), video.width, video.height),
    guide: snap(toVideo(guideOnScreen), video.width, video.height),
    target: toVideo(guide),
  };
}

/** `rect` (in a `from`-sized image) in an image of `to`'s size: the region of a frame that was scaled. */
export function scaleRect(rect: Rect, from: { width: number; height: number }, to: { width: number; height: number }): Rect {
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  return snap({ x: rect.x * sx, y: rect.y * sy, width: rect.width * sx, height: rect.height * sy }, to.width, to.height);
}
