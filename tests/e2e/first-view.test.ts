/**
 * The first view ends when the events are drawn (issue 13): the app says so (the User Timing
 * mark `atlas:drawn`, which the bench times and the "Drawing N events" notice follows) on the
 * first frame with marks on the canvas, without waiting for the basemap's last label. This
 * checks the canvas at that very moment: the mark is taken while the frame's drawing buffer is
 * still the one just drawn, so what is read is what the reader sees then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, openApp } from './support/browser';
import { hex } from './support/pixels';

let app: OpenedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

interface AtDrawn {
  markPixels: number;
  canvas: boolean;
}

describe('the first view', () => {
  it('says the events are drawn only once their marks are on the canvas', async () => {
    app = await openApp('/');
    const { page, context } = app;
    // Before the app's own code: catch the mark as it is made and read the map's canvas.
    await context.addInitScript((colours: [number, number, number][]) => {
      const original = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'atlas:drawn') {
          const gl = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
          let markPixels = 0;
          if (gl && gl.width > 0) {
            const copy = document.createElement('canvas');
            copy.width = gl.width;
            copy.height = gl.height;
            const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
            ctx.drawImage(gl, 0, 0);
            const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
            for (let i = 0; i < data.length; i += 4) {
              const near = colours.some(
                ([r, g, b]) =>
                  Math.abs((data[i] ?? 0) - r) <= 20 &&
                  Math.abs((data[i + 1] ?? 0) - g) <= 20 &&
                  Math.abs((data[i + 2] ?? 0) - b) <= 20,
              );
              if (near) markPixels += 1;
            }
          }
          (window as unknown as { __atDrawn: AtDrawn }).__atDrawn = { markPixels, canvas: gl !== null };
        }
        return original(name, options);
      };
    }, Object.values(TYPE_COLOURS).map(hex));
    await page.reload();
    const handle = await page.waitForFunction(
      () => (window as unknown as { __atDrawn?: AtDrawn }).__atDrawn,
      null,
      { timeout: 90_000, polling: 100 },
    );
    const atDrawn = (await handle.jsonValue()) as AtDrawn;
    expect(atDrawn.canvas).toBe(true);
    // The shipped data's first view has dozens of marks, each many pixels across.
    expect(atDrawn.markPixels).toBeGreaterThan(200);
  });
});
