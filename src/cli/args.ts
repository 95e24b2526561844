/**
 * The command line's grammar. Parsing never throws: a mistake is a UsageError value, which
 * main turns into a sentence, the usage hint and exit code 64.
 */
import { MAX_MEMBERS, MIN_MEMBERS, YEAR_RANGE } from '../core/index';
import { parseDeadline } from '../core/forms/index';
import { STRINGS, type Lang, type Strings } from './strings';

export interface MemberArg {
  code: string;
  name: string;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; book: string; json: boolean }
  | { kind: 'rank'; book: string; output: string | null; inPlace: boolean; json: boolean }
  | { kind: 'template'; output: string; name: string | null; year: number | null; members: MemberArg[] | null }
  | { kind: 'lock'; book: string; by: string; password: string | null; output: string | null; inPlace: boolean; json: boolean }
  | { kind: 'unlock'; book: string; by: string | null; password: string | null; output: string | null; inPlace: boolean; json: boolean }
  | { kind: 'forms'; book: string; output: string | null; members: string[] | null; deadline: string | null; json: boolean }
  | { kind: 'gather'; book: string; forms: string[]; output: string | null; inPlace: boolean; replace: boolean; json: boolean };

export interface ParsedArgs {
  lang: Lang;
  command: Command;
}

export interface UsageError {
  lang: Lang;
  usageError: string;
}

/** Options each command accepts; `true` = takes a value. */
const OPTIONS: Record<'check' | 'rank' | 'template' | 'lock' | 'unlock' | 'forms' | 'gather', Record<string, boolean>> = {
  check: { '--json': false },
  rank: { '--json': false, '--in-place': false, '-o': true, '--output': true },
  template: { '--name': true, '--year': true, '--members': true },
  lock: { '--by': true, '--password': true, '--json': false, '--in-place': false, '-o': true, '--output': true },
  unlock: { '--by': true, '--password': true, '--json': false, '--in-place': false, '-o': true, '--output': true },
  forms: { '-o': true, '--output': true, '--members': true, '--deadline': true, '--json': false },
  gather: { '-o': true, '--output': true, '--in-place': false, '--replace': false, '--json': false },
};


const GLOBAL_VALUE_OPTIONS = new Set(['--lang']);

/** --lang is read first, so that even a usage error speaks the asked language. */
function langOf(argv: readonly string[]): Lang | { bad: string } {
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    let v: string | undefined;
    if (a === '--lang') v = argv[i + 1];
    else if (a.startsWith('--lang=')) v = a.slice('--lang='.length);
    else continue;
    if (v !== 'vi' && v !== 'en') return { bad: v ?? '' };
    lang = v;
  }
  return lang;
}

/** "TH=Tỉnh Thanh Hóa;NA=Tỉnh Nghệ An" → members; the offending item when one is malformed. */
export function parseMembers(text: string): MemberArg[] | { bad: string } {
  const members: MemberArg[] = [];
  for (const raw of text.split(';')) {
    const item = raw.trim();
    if (item === '') continue;
    const eq = item.indexOf('=');
    const code = eq < 0 ? '' : item.slice(0, eq).trim();
    const name = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (code === '' || name === '') return { bad: item };
    members.push({ code, name });
  }
  return members;
}

export function parseArgs(argv: readonly string[]): ParsedArgs | UsageError {
  const l = langOf(argv);
  if (typeof l !== 'string') return { lang: 'vi', usageError: STRINGS.vi.badLang(l.bad) };
  const lang = l;
  const s: Strings = STRINGS[lang];
  const fail = (usageError: string): UsageError => ({ lang, usageError });

  // Split into the command, its positionals and its options (with values).
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const seen: string[] = [];
  let commandName: string | null = null;
  let help = false;
  let version = false;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositionals || a === '-' || !a.startsWith('-')) {
      if (commandName === null) commandName = a;
      else positionals.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositionals = true;
      continue;
    }
    if (a === '--help' || a === '-h') {
      help = true;
      continue;
    }
    if (a === '--version' || a === '-V') {
      version = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    if (GLOBAL_VALUE_OPTIONS.has(name)) {
      if (inline === undefined) i++;
      continue;
    }
    const allowed = commandName !== null && commandName in OPTIONS ? OPTIONS[commandName as keyof typeof OPTIONS] : {};
    if (!(name in allowed)) return fail(s.unknownOption(name));
    if (allowed[name]) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) return fail(s.missingValue(name));
      if (inline === undefined) i++;
      flags.set(name, value);
    } else {
      if (inline !== undefined) return fail(s.unknownOption(a));
      flags.set(name, true);
    }
    seen.push(name);
  }

  if (help || commandName === 'help') return { lang, command: { kind: 'help' } };
  if (version) return { lang, command: { kind: 'version' } };
  if (commandName === null) return fail(s.missingCommand);

  const str = (name: string): string | null => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : null;
  };
  const extra = (n: number): UsageError | null => (positionals.length > n ? fail(s.tooManyArguments(positionals[n])) : null);

  switch (commandName) {
    case 'check': {
      if (positionals.length === 0) return fail(s.missingBook);
      const e = extra(1);
      if (e) return e;
      return { lang, command: { kind: 'check', book: positionals[0], json: flags.has('--json') } };
    }
    case 'rank': {
      if (positionals.length === 0) return fail(s.missingBook);
      const e = extra(1);
      if (e) return e;
      const output = str('-o') ?? str('--output');
      const inPlace = flags.has('--in-place');
      if (inPlace && output !== null) return fail(s.inPlaceWithOutput);
      return { lang, command: { kind: 'rank', book: positionals[0], output, inPlace, json: flags.has('--json') } };
    }
    case 'lock':
    case 'unlock': {
      if (positionals.length === 0) return fail(s.missingBook);
      const e = extra(1);
      if (e) return e;
      const output = str('-o') ?? str('--output');
      const inPlace = flags.has('--in-place');
      if (inPlace && output !== null) return fail(s.inPlaceWithOutput);
      const by = str('--by');
      const password = str('--password');
      const common = { book: positionals[0], password: password === '' ? null : password, output, inPlace, json: flags.has('--json') };
      if (commandName === 'unlock') return { lang, command: { kind: 'unlock', by: by !== null && by.trim() !== '' ? by : null, ...common } };
      if (by === null || by.trim() === '') return fail(s.missingSigner);
      return { lang, command: { kind: 'lock', by, ...common } };
    }
    case 'template': {
      if (positionals.length === 0) return fail(s.missingTemplatePath);
      const e = extra(1);
      if (e) return e;
      let year: number | null = null;
      const y = str('--year');
      if (y !== null) {
        if (!/^\d{4}$/.test(y.trim()) || Number(y) < YEAR_RANGE.min || Number(y) > YEAR_RANGE.max) return fail(s.badYear(y));
        year = Number(y);
      }
      let members: MemberArg[] | null = null;
      const m = str('--members');
      if (m !== null) {
        const parsed = parseMembers(m);
        if (!Array.isArray(parsed)) return fail(s.badMembers(parsed.bad));
        // The template's members are a cluster's: the workbook format allows 2 to 100.
        if (parsed.length < MIN_MEMBERS || parsed.length > MAX_MEMBERS) return fail(s.badMemberCount(parsed.length, MIN_MEMBERS, MAX_MEMBERS));
        members = parsed;
      }
      return { lang, command: { kind: 'template', output: positionals[0], name: str('--name'), year, members } };
    }
    case 'forms': {
      if (positionals.length === 0) return fail(s.missingBook);
      const e = extra(1);
      if (e) return e;
      const m = str('--members');
      const members = m === null ? null : m.split(/[;,]/).map((x) => x.trim()).filter((x) => x !== '');
      let deadline: string | null = null;
      const d = str('--deadline');
      if (d !== null) {
        deadline = parseDeadline(d);
        if (deadline === null) return fail(s.badDeadline(d));
      }
      return { lang, command: { kind: 'forms', book: positionals[0], output: str('-o') ?? str('--output'), members, deadline, json: flags.has('--json') } };
    }
    case 'gather': {
      if (positionals.length === 0) return fail(s.missingBook);
      if (positionals.length === 1) return fail(s.missingForms);
      const output = str('-o') ?? str('--output');
      const inPlace = flags.has('--in-place');
      if (inPlace && output !== null) return fail(s.inPlaceWithOutput);
      return {
        lang,
        command: { kind: 'gather', book: positionals[0], forms: positionals.slice(1), output, inPlace, replace: flags.has('--replace'), json: flags.has('--json') },
      };
    }
    default:
      return fail(s.unknownCommand(commandName));
  }
}

export const isUsageError = (x: ParsedArgs | UsageError): x is UsageError => 'usageError' in x;
