// Scratch: draws what findDocument saw for a few corpus seeds (SEEDS), as PNG data URLs in the log.
import { corpusCase } from '../support/corpus.js';
import { analysisSize } from '../../src/capture/analyze.js';
import { findDocument } from '../../src/capture/detect.js';

const SEEDS: number[] = (globalThis as { SEEDS?: number[] }).SEEDS ?? [1,30,67,73,38,206,129,278,40,91,143,269];

describe('debug detect', () => {
  it('draws', async function () {
    this.timeout(600_000);
    for (const seed of SEEDS) {
      const item = corpusCase(seed);
      const photo = await item.render();
      const { width, height } = analysisSize(photo.width, photo.height);
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(photo, 0, 0, width, height);
      const trace: Record<string, any> = {};
      const found = findDocument(ctx.getImageData(0, 0, width, height).data, width, height, true, trace);
      const { w, h, cw, print, best, sides } = trace;
      const out = new OffscreenCanvas(w, h);
      const o = out.getContext('2d')!;
      o.drawImage(photo, 0, 0, w, h);
      if (print) {
        for (let c = 0; c < print.length; c++) if (print[c]) { o.fillStyle = 'rgba(255,0,0,0.25)'; o.fillRect((c % cw) * 8, Math.floor(c / cw) * 8, 8, 8); }
        for (const c of best) { o.strokeStyle = 'rgba(0,0,255,0.8)'; o.strokeRect((c % cw) * 8, Math.floor(c / cw) * 8, 8, 8); }
      }
      if (sides) {
        o.strokeStyle = 'lime'; o.lineWidth = 1.5;
        for (const [name, side] of Object.entries(sides) as [string, any][]) {
          if (!side) continue;
          o.beginPath();
          if (name === 'top' || name === 'bottom') { o.moveTo(0, side.offset - trace.hCentre * side.slope); o.lineTo(w, side.offset + (w - trace.hCentre) * side.slope); }
          else { o.moveTo(side.offset - trace.vCentre * side.slope, 0); o.lineTo(side.offset + (h - trace.vCentre) * side.slope, h); }
          o.stroke();
        }
      }
      const blob = await out.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.subarray(i, i + 4096));
      const b64 = btoa(bin);
      console.log(`SEED ${seed} ${item.description} -> ${found.state} area=${found.area.toFixed(2)} best=${best?.length} sides=${sides ? Object.entries(sides).map(([k, v]) => k + ':' + (v ? 'y' : 'n')).join(',') : '-'}`);
      console.log(`PNG ${seed} ${b64}`);
      console.log(`T=${trace.threshold}`);

    }
  });
});
