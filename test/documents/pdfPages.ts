/**
 * Reading a rendered PDF page the way a reader sees it, independently of the program: the words
 * with their boxes (poppler's pdftotext -bbox), grouped into printed lines, and the horizontal
 * lines drawn on the page (a grayscale raster from pdftoppm, scanned for long dark runs). Used by
 * render.test.ts to check the page number, the footer, the header block and its rules.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Line {
  text: string;
  words: Word[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Points from the top of the page, as pdftotext gives them. */
export function pageWords(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const text = m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').normalize('NFC');
    out.push({ text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return out;
}

/**
 * Words grouped into lines: same baseline band (vertical overlap of more than half the smaller
 * box) and close horizontally (a gap of less than `gapPt`); left to right, top to bottom.
 */
export function pageLines(words: readonly Word[], gapPt = 12): Line[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: Line[] = [];
  for (const w of sorted) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.yMax, w.yMax) - Math.max(l.yMin, w.yMin);
      const near = w.xMin - l.xMax < gapPt && l.xMin - w.xMax < gapPt;
      return overlap > 0.5 * Math.min(l.yMax - l.yMin, w.yMax - w.yMin) && near;
    });
    if (line) {
      line.words.push(w);
      line.xMin = Math.min(line.xMin, w.xMin);
      line.xMax = Math.max(line.xMax, w.xMax);
      line.yMin = Math.min(line.yMin, w.yMin);
      line.yMax = Math.max(line.yMax, w.yMax);
    } else {
      lines.push({ text: '', words: [w], xMin: w.xMin, xMax: w.xMax, yMin: w.yMin, yMax: w.yMax });
    }
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.xMin - b.xMin);
    // Letters pdftotext splits inside a word ("C Ụ M") are joined: a gap under a fifth of the height.
    let text = '';
    l.words.forEach((w, i) => {
      const prev = l.words[i - 1];
      text += i === 0 ? w.text : (w.xMin - prev.xMax < 0.2 * (w.yMax - w.yMin) ? '' : ' ') + w.text;
    });
    l.text = text;
  }
  return lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}

/** The line whose text, spaces removed, equals `text` with spaces removed. */
export function lineOf(lines: readonly Line[], text: string): Line | undefined {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
  return lines.find((l) => key(l.text) === key(text));
}

export interface Rule {
  /** Points from the left and top of the page. */
  xMin: number;
  xMax: number;
  y: number;
}

/**
 * Horizontal lines drawn on a page: runs of dark pixels at least `minPt` long in a grayscale
 * raster at `dpi`, merged across the pixel rows of one stroke.
 */
export function horizontalRules(pdf: string, page: number, outBase: string, dpi = 150, minPt = 20): Rule[] {
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outBase]);
  const bytes = fs.readFileSync(outBase + '.pgm');
  // P5 header: magic, width, height, max value, each followed by whitespace.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a PGM file: ' + outBase);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = bytes.subarray(header[0].length);
  const scale = 72 / dpi;
  const runs: Rule[] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && data[y * width + x] < 128;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if ((x - start) * scale >= minPt) runs.push({ xMin: start * scale, xMax: x * scale, y: y * scale });
        start = -1;
      }
    }
  }
  // One stroke spans a pixel row or two: runs with the same ends on adjacent rows are one rule.
  const out: Rule[] = [];
  for (const r of runs) {
    const same = out.find((o) => Math.abs(o.xMin - r.xMin) < 2 && Math.abs(o.xMax - r.xMax) < 2 && r.y - o.y <= 2 * scale + 0.01);
    if (!same) out.push(r);
  }
  return out;
}
