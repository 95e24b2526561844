'use strict';
/** The Debian packages the test suite needs, in one list (used by jest's globalSetup and .ci/run). */
module.exports = [
  { command: 'xmllint', package: 'libxml2-utils' }, // manifest XML schema validation
  { command: 'soffice', package: 'libreoffice-calc-nogui' }, // rendering output sheets to PDF
  { command: 'pdftotext', package: 'poppler-utils' }, // reading the rendered PDFs (pdfinfo, pdftotext, pdftoppm)
  { package: 'fonts-liberation' }, // Liberation Serif: metric-compatible with Times New Roman
  { package: 'fonts-crosextra-carlito' }, // Carlito: metric-compatible with Calibri, whose digits set column widths
  { command: 'rsvg-convert', package: 'librsvg2-bin' }, // the icons test re-renders assets/icon.svg
  { command: 'chromium', package: 'chromium' }, // browser tests (test/e2e)
];
