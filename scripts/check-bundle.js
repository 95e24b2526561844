#!/usr/bin/env node
'use strict';
/**
 * The task pane's bundle budget, checked after `npm run build`:  node scripts/check-bundle.js [dist]
 *
 * The pane must open fast inside Excel, so the JavaScript the browser downloads before the pane
 * can show anything (the scripts dist/taskpane.html loads: the entry chunk and the chunks split
 * off it) must stay under INITIAL_BUDGET_BYTES once gzipped, and must not contain exceljs, which
 * only the web mode needs and loads on demand with import('exceljs').
 *
 * Prints every JS file in dist/ with its raw and gzip size; exits 1 when the budget is broken.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** 160 KB of gzip, with KB = 1024 bytes (issue 13: it was 200 KB). */
const INITIAL_BUDGET_BYTES = 160 * 1024;

/**
 * Strings found in exceljs's code (its browser build and its sources) and in nothing else we ship:
 * the address of its upgrade notes, which its deprecated-method messages quote.
 */
const EXCELJS_MARKERS = ['github.com/exceljs/exceljs', 'exceljs/exceljs/blob/master/UPGRADE'];

/** Every .js file under `dir`, as paths relative to it, sorted. */
function listJsFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listJsFiles(dir, rel));
    else if (entry.name.endsWith('.js')) out.push(rel);
  }
  return out.sort();
}

/**
 * The local scripts an HTML page loads, as paths relative to `distDir`. Handles quoted and
 * unquoted attributes (html-webpack-plugin's minifier drops the quotes); skips absolute URLs
 * such as the Office.js CDN.
 */
function initialScripts(html) {
  const scripts = [];
  const tag = /<script\b([^>]*)>/gi;
  let match;
  while ((match = tag.exec(html)) !== null) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(match[1]);
    if (!src) continue;
    const value = src[1] ?? src[2] ?? src[3];
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) continue; // https://…, //cdn…
    scripts.push(decodeURIComponent(value.split(/[?#]/)[0].replace(/^(?:\.\/|\/)+/, '')));
  }
  return scripts;
}

/**
 * Measures dist/ and applies the budget.
 * @param {string} distDir
 * @returns {{files: {file: string, raw: number, gzip: number, initial: boolean, exceljs: boolean}[],
 *   initialGzip: number, budget: number, problems: string[]}}
 */
function analyzeDist(distDir) {
  const problems = [];
  const htmlPath = path.join(distDir, 'taskpane.html');
  if (!fs.existsSync(htmlPath)) {
    return {
      files: [],
      initialGzip: 0,
      budget: INITIAL_BUDGET_BYTES,
      problems: [`Không thấy ${htmlPath}: hãy chạy "npm run build" trước. / ${htmlPath} not found: run "npm run build" first.`],
    };
  }
  const initial = initialScripts(fs.readFileSync(htmlPath, 'utf8'));
  if (initial.length === 0) {
    problems.push('taskpane.html không nạp tệp JS nào của phần bổ trợ. / taskpane.html loads none of our scripts.');
  }
  for (const script of initial) {
    if (!fs.existsSync(path.join(distDir, script))) {
      problems.push(`taskpane.html nạp ${script} nhưng tệp này không có trong dist/. / taskpane.html loads ${script}, which is missing.`);
    }
  }

  const files = listJsFiles(distDir).map((file) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    const text = bytes.toString('utf8');
    return {
      file,
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      initial: initial.includes(file),
      exceljs: EXCELJS_MARKERS.some((marker) => text.includes(marker)),
    };
  });

  const initialGzip = files.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0);
  if (initialGzip > INITIAL_BUDGET_BYTES) {
    problems.push(
      `JS ban đầu của ngăn tác vụ là ${kb(initialGzip)} gzip, vượt ngân sách ${kb(INITIAL_BUDGET_BYTES)}. / ` +
        `The task pane's initial JS is ${kb(initialGzip)} gzip, over the ${kb(INITIAL_BUDGET_BYTES)} budget.`,
    );
  }
  for (const f of files.filter((x) => x.initial && x.exceljs)) {
    problems.push(
      `${f.file} chứa mã exceljs nhưng được nạp ngay khi mở ngăn tác vụ: hãy dùng import('exceljs'). / ` +
        `${f.file} contains exceljs code in the initial bundle: load it with import('exceljs').`,
    );
  }
  return { files, initialGzip, budget: INITIAL_BUDGET_BYTES, problems };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The report as text: one row per JS file, then the initial total and the verdict. */
function formatReport(result) {
  const rows = result.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), f.initial ? 'initial' : 'later', f.exceljs ? 'exceljs' : '']);
  const header = ['file', 'raw', 'gzip', 'loaded', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  out.push(`initial task pane JS: ${kb(result.initialGzip)} gzip (budget ${kb(result.budget)})`);
  if (result.problems.length === 0) out.push('OK');
  else out.push(...result.problems.map((p) => `FAIL: ${p}`));
  return out.join('\n');
}

module.exports = { INITIAL_BUDGET_BYTES, EXCELJS_MARKERS, initialScripts, analyzeDist, formatReport };

if (require.main === module) {
  const distDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const result = analyzeDist(distDir);
  console.log(formatReport(result));
  process.exit(result.problems.length === 0 ? 0 : 1);
}
