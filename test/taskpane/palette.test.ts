/**
 * The Rank view's colours (src/taskpane/components/ScoreBar.tsx; issue 13, finding 8): every group
 * colour stands out from white (3:1, WCAG 1.4.11), and two groups side by side in a bar stay apart
 * for normal vision and under simulated protanopia, deuteranopia and tritanopia — by lightness
 * (1.5:1) and by CIE76 ΔE ≥ 30 in Lab. The simulation is Machado, Oliveira and Fernandes (2009),
 * severity 1, applied in linear RGB; the bonus and the deduction are textures, not plain colours.
 */
import { BONUS_PATTERN, DEDUCTION_PATTERN, GROUP_COLOURS } from '../../src/taskpane/components/ScoreBar';

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const linear = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: Rgb): number => {
  const [r, g, b] = rgb.map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const SIMULATIONS: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
function lab(rgb: Rgb, m: number[][] | null): [number, number, number] {
  const l = rgb.map(linear);
  const v = m ? m.map((row) => Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2]))) : l;
  const x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
  const y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  const z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb, m: number[][] | null): number => {
  const p = lab(a, m);
  const q = lab(b, m);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

const WHITE: Rgb = [255, 255, 255];

test('the simulation is the published one: pure red and green meet under deuteranopia, not under normal vision', () => {
  // A check that the matrices do something: red and green are far apart normally and close for a deutan.
  expect(deltaE([255, 0, 0], [0, 160, 0], null)).toBeGreaterThan(100);
  expect(deltaE([255, 0, 0], [0, 160, 0], SIMULATIONS.deuteranopia)).toBeLessThan(deltaE([255, 0, 0], [0, 160, 0], null) / 2);
});

test.each(GROUP_COLOURS.map((c) => [c]))('%s stands out from white at 3:1 or more', (c) => {
  expect(contrast(hex(c), WHITE)).toBeGreaterThanOrEqual(3);
});

test.each(GROUP_COLOURS.map((c, i) => [c, GROUP_COLOURS[(i + 1) % GROUP_COLOURS.length]]).slice(0, -1))(
  'neighbours %s and %s: apart in lightness and in colour for every kind of vision',
  (a, b) => {
    expect(contrast(hex(a), hex(b))).toBeGreaterThanOrEqual(1.5);
    for (const [name, m] of Object.entries(SIMULATIONS)) expect({ name, far: deltaE(hex(a), hex(b), m) >= 30 }).toEqual({ name, far: true });
  },
);

test('the bonus and the deduction are textures (lines, hatching), told apart from any plain group colour', () => {
  expect(BONUS_PATTERN).toMatch(/^repeating-linear-gradient\(90deg,/);
  expect(DEDUCTION_PATTERN).toMatch(/^repeating-linear-gradient\(135deg,/);
});
