/**
 * jsdom's window has no TextEncoder/TextDecoder, which the file engine uses (every browser has
 * them): Node's own, for the pane tests that build or read .xlsx files in the page.
 */
import { TextDecoder, TextEncoder } from 'util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder, TextEncoder });
