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
