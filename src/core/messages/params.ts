/**
 * Reading a problem's parameters inside a message. Parameters come from several modules and may
 * be strings or numbers, or be missing; a message must still read as a sentence, so every getter
 * has a neutral fallback and nothing here can throw.
 */
import type { ProblemParams } from '../problems';

export type MessageFn = (p: ProblemParams) => string;

/** The parameter as text; `fallback` when it is missing or empty. */
export function text(p: ProblemParams | undefined, key: string, fallback = '…'): string {
  const v = p ? p[key] : undefined;
  if (v === undefined || v === null) return fallback;
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : fallback) : String(v);
  return s === '' ? fallback : s;
}

/** True when the parameter is present and not empty. */
export function has(p: ProblemParams | undefined, key: string): boolean {
  const v = p ? p[key] : undefined;
  return v !== undefined && v !== null && String(v) !== '';
}

/**
 * A number for the English texts: the reader writes points the Vietnamese way ("10,00"); in
 * English the decimal separator is a point ("10.00").
 */
export function enNumber(p: ProblemParams | undefined, key: string, fallback = '…'): string {
  return text(p, key, fallback).replace(/^(-?\d+),(\d+)$/, '$1.$2');
}

/** Awards arrive as 'flag'/'certificate' (model.Award) or already in words. */
export function awardName(p: ProblemParams | undefined, lang: 'vi' | 'en'): string {
  const v = text(p, 'award', '');
  if (v === 'flag') return lang === 'vi' ? 'Cờ thi đua của Chính phủ' : 'the Government Emulation Flag';
  if (v === 'certificate') return lang === 'vi' ? 'Bằng khen của Thủ tướng Chính phủ' : "the Prime Minister's Certificate of Merit";
  if (v !== '') return v;
  return lang === 'vi' ? 'danh hiệu này' : 'this award';
}
