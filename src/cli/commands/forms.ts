/**
 * `cum-thi-dua forms <book.xlsx> [-o <folder>] [--members A;B] [--deadline dd/mm/yyyy]`:
 * "Phát phiếu chấm" (docs/phieu-cham.md). One workbook per member, `<folder>/<MÃ>.xlsx`
 * (default `<name>-phieu-cham/` beside the workbook), described by the core (issueForms) and
 * written by the file engine (src/file/forms). The workbook itself is only read.
 *
 * Refusals: not a scoring workbook → 2; errors in settings, members, criteria or bands, no
 * `Tự chấm` sheet, or an unknown member asked for → 1; a form file that exists already → 73
 * (nothing is written: it may be a form a member sent back). Each file is written atomically.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook, formatComputedAt } from '../../core/index';
import { formWordsFor, issueForms } from '../../core/forms/index';
import { formBytes } from '../../file/forms/writeForm';
import { exists, writeFileAtomic } from '../../file/nodeFiles';
import { type Context, fail, printJson, progress, readBook, resolvePath, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';
import { FORM_STRINGS } from '../formStrings';
import { problemLines } from '../textReport';

export interface FormsCommand {
  book: string;
  output: string | null;
  members: string[] | null;
  deadline: string | null;
  json: boolean;
}

/** "sổ/bac-trung-bo-2022.xlsx" → "sổ/bac-trung-bo-2022-phieu-cham". */
export function defaultFormsFolder(book: string): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}-phieu-cham`);
}

export async function runForms(ctx: Context, cmd: FormsCommand): Promise<number> {
  const f = FORM_STRINGS[ctx.lang];
  const w = formWordsFor(ctx.lang).formsRefusal;
  const input = resolvePath(ctx, cmd.book);
  const folder = resolvePath(ctx, cmd.output ?? defaultFormsFolder(cmd.book));
  const loaded = await readBook(ctx, input, cmd.json);
  if (typeof loaded === 'number') return loaded;

  progress(ctx, ctx.s.checking);
  const report = checkWorkbook(loaded.input);
  const now = ctx.io.now();
  const result = issueForms(report, { members: cmd.members ?? undefined, deadline: cmd.deadline, issuedAt: formatComputedAt(now) });
  if (!result.ok) {
    switch (result.refusal) {
      case 'notScoring':
        return fail(ctx, EXIT.cannotRead, 'notScoringWorkbook', ctx.s.notScoringWorkbook(input), cmd.json);
      case 'structure':
        if (!cmd.json) ctx.io.stdout(problemLines(result.problems, ctx.lang).join('\n') + '\n');
        return fail(ctx, EXIT.workbookErrors, 'workbookErrors', w.structure(result.problems.length), cmd.json);
      case 'noSelfSheet':
        return fail(ctx, EXIT.workbookErrors, 'noSelfSheet', w.noSelfSheet, cmd.json);
      case 'unknownMembers':
        return fail(ctx, EXIT.workbookErrors, 'unknownMembers', w.unknownMembers(result.unknown), cmd.json);
    }
  }

  const targets = result.forms.map((form) => ({ form, file: path.join(folder, form.fileName) }));
  const present: string[] = [];
  for (const t of targets) if (await exists(t.file)) present.push(t.file);
  if (present.length > 0) return fail(ctx, EXIT.cannotWrite, 'exists', f.exist(present), cmd.json);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (e) {
    return fail(ctx, EXIT.cannotWrite, 'cannotWrite', f.folderFailed(folder), cmd.json, e);
  }

  progress(ctx, f.issuing);
  for (const t of targets) {
    progress(ctx, ctx.s.writing(t.file));
    const failed = await writeOrFail(ctx, cmd.json, async () => writeFileAtomic(t.file, await formBytes(t.form, now), { overwrite: false }));
    if (failed !== null) return failed;
  }

  if (cmd.json) {
    printJson(ctx, {
      folder,
      deadline: cmd.deadline,
      forms: targets.map((t) => ({ member: t.form.member, name: t.form.memberName, file: t.file, inputs: t.form.inputs, prefilled: t.form.prefilled })),
    });
  } else {
    const lines = [f.issued(targets.length, folder), ...targets.map((t) => f.formLine(t.form.fileName, t.form.memberName, t.form.inputs, t.form.prefilled)), f.deadline(cmd.deadline)];
    ctx.io.stdout(lines.join('\n') + '\n');
  }
  return EXIT.ok;
}
