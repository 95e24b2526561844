/** Where the browser tests find the project and put what they produce (test-output/ is git-ignored). */
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SAMPLE = path.join(ROOT, 'samples', 'bac-trung-bo-2022.xlsx');
export const E2E_OUTPUT = path.join(ROOT, 'test-output', 'e2e');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** Where scripts/screenshots.js asks for the 320 px pictures of the README. */
export const DOC_IMAGES = path.join(ROOT, 'docs', 'images');
/** The address taskpane.html loads Office.js from. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
