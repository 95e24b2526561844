/**
 * The committed PNG icons are renderings of the committed assets/icon.svg: re-rendering the SVG
 * with scripts/draw-icons.js gives the same pictures (a small per-channel tolerance absorbs
 * anti-aliasing differences between librsvg versions; any change of shape or colour exceeds it).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodePng } from './decodePng';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const drawIcons = require('../../scripts/draw-icons.js') as {
  SIZES: number[];
  drawIcons(outDir: string): string[];
  iconPath(size: number, dir?: string): string;
};

const ROOT = path.resolve(__dirname, '..', '..');
const TOLERANCE = 24;
let outDir = '';

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
  drawIcons.drawIcons(outDir); // installs librsvg2-bin when missing (root on Debian)
}, 600_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** Largest difference of any channel of any pixel, with colour ignored where both are transparent. */
function maxDifference(a: Buffer, b: Buffer): number {
  let max = 0;
  for (let i = 0; i < a.length; i += 4) {
    const bothTransparent = a[i + 3] === 0 && b[i + 3] === 0;
    for (let c = bothTransparent ? 3 : 0; c < 4; c++) max = Math.max(max, Math.abs(a[i + c] - b[i + c]));
  }
  return max;
}

describe('Icons: assets/icon-*.png are up to date with assets/icon.svg', () => {
  it('renders the five sizes the manifest and the store use', () => {
    expect(drawIcons.SIZES).toEqual([16, 32, 64, 80, 128]);
  });

  it.each([16, 32, 64, 80, 128])('%i px matches a fresh rendering', (size) => {
    const committed = decodePng(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)));
    const fresh = decodePng(fs.readFileSync(drawIcons.iconPath(size, outDir)));
    expect([committed.width, committed.height]).toEqual([size, size]);
    expect([fresh.width, fresh.height]).toEqual([size, size]);
    expect(maxDifference(committed.data, fresh.data)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('the icon is drawn, not blank: red flag, gold star and blue podium are all there at 16 px', () => {
    const { data } = decodePng(fs.readFileSync(path.join(ROOT, 'assets', 'icon-16.png')));
    const opaque: Array<[number, number, number]> = [];
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) opaque.push([data[i], data[i + 1], data[i + 2]]);
    const red = opaque.filter(([r, g, b]) => r > 180 && g < 80 && b < 80).length;
    const gold = opaque.filter(([r, g, b]) => r > 200 && g > 150 && b < 80).length;
    const blue = opaque.filter(([r, g, b]) => b > 150 && r < 120).length;
    expect(red).toBeGreaterThanOrEqual(15);
    expect(gold).toBeGreaterThanOrEqual(2);
    expect(blue).toBeGreaterThanOrEqual(40);
  });
});
