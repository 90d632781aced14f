// A camera that films a generated scene: `getUserMedia` answers with a canvas's stream, so the capture
// step's preview, shutter and auto-capture see exactly the photo a test chose (sharp, blurred, dark…).

export interface SceneCamera {
  mediaDevices: MediaDevices;
  /** Every stream handed out. */
  streams: MediaStream[];
  /** Shows the scene from the next frame on (a camera made with `blank`). */
  reveal(): void;
  /** Stops redrawing the canvas (call after the test). */
  stop(): void;
}

export interface SceneCameraOptions {
  /**
   * Send fully transparent frames until `reveal()`: what WebKitGTK 2.50 copies of a camera's video in its first
   * second. A copy of a canvas stream's transparent frame is
   * transparent in Chromium and Firefox too (checked: `createImageBitmap(video)` and `new VideoFrame(video)`).
   * @default false
   */
  blank?: boolean;
}

export function sceneCamera(scene: OffscreenCanvas, { blank = false }: SceneCameraOptions = {}): SceneCamera {
  const canvas = document.createElement('canvas');
  canvas.width = scene.width;
  canvas.height = scene.height;
  const ctx = canvas.getContext('2d')!;
  let showing = !blank;
  const draw = () => (showing ? ctx.drawImage(scene, 0, 0) : ctx.clearRect(0, 0, canvas.width, canvas.height));
  draw();
  // A canvas stream sends a frame when the canvas is drawn: redraw so the video keeps playing.
  const timer = setInterval(draw, 100);
  const streams: MediaStream[] = [];
  const mediaDevices = {
    async getUserMedia() {
      const stream = canvas.captureStream(10);
      streams.push(stream);
      return stream;
    },
    async enumerateDevices() {
      return [{ kind: 'videoinput', deviceId: 'scene', groupId: 'scene', label: 'Scene' }];
    },
  } as unknown as MediaDevices;
  return {
    mediaDevices,
    streams,
    reveal() {
      showing = true;
      draw();
    },
    stop() {
      clearInterval(timer);
      for (const stream of streams) for (const track of stream.getTracks()) track.stop();
    },
  };
}

/**
 * Whether the video shows a picture, not an empty frame. A copy of a canvas stream's frame in WebKitGTK 2.50 is fully
 * transparent in the stream's first second or so, and, on a loaded machine, now and then later (measured here at
 * 1920 × 1080). The shutter waits for a picture by itself; a test whose subject is something else that needs the
 * copy to have one (the unchecked photo after a check that never ends, which copies the video once) waits for this.
 */
export async function showsPicture(video: HTMLVideoElement): Promise<boolean> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return false;
  // No frame to copy yet (Chromium: "The ImageBitmap could not be allocated"): not showing.
  const frame = await createImageBitmap(video).catch(() => null);
  if (!frame) return false;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
  ctx.drawImage(frame, frame.width / 2, frame.height / 2, 1, 1, 0, 0, 1, 1);
  frame.close();
  return ctx.getImageData(0, 0, 1, 1).data[3] === 255;
}
