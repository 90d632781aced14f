// A camera that films a generated scene: `getUserMedia` answers with a canvas's stream, so the capture
// step's preview, shutter and auto-capture see exactly the photo a test chose (sharp, blurred, dark…).

export interface SceneCamera {
  mediaDevices: MediaDevices;
  /** Every stream handed out. */
  streams: MediaStream[];
  /** Stops redrawing the canvas (call after the test). */
  stop(): void;
}

export function sceneCamera(scene: OffscreenCanvas): SceneCamera {
  const canvas = document.createElement('canvas');
  canvas.width = scene.width;
  canvas.height = scene.height;
  const ctx = canvas.getContext('2d')!;
  const draw = () => ctx.drawImage(scene, 0, 0);
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
    stop() {
      clearInterval(timer);
      for (const stream of streams) for (const track of stream.getTracks()) track.stop();
    },
  };
}

/**
 * Whether the video shows a picture, not an empty frame: what a person waits for before pressing the shutter. A copy
 * of a canvas stream's frame in WebKitGTK 2.50 is fully transparent in the stream's first second or so, and, on a
 * loaded machine, now and then later (measured here at 1920 × 1080). A real camera's frames are opaque.
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
