/**
 * `cum-thi-dua gather <book.xlsx> <form.xlsx>… [-o <out.xlsx> | --in-place] [--replace]`:
 * "Thu phiếu chấm" (docs/phieu-cham.md), the one command that writes into input sheets.
 *
 * Every form is read and checked first; the plan — which workbook cells each form fills, which
 * conflict, which form is refused and why — is the core's (planGather). When a form is refused,
 * or the workbook is locked, nothing is written (exit 1). Otherwise the values go into the
 * member's column of `Tự chấm` and its `Chấm chéo - <MÃ>` sheet, cell values only (the file
 * engine's fillCells keeps every format and every other byte), one `Nhật ký` row per form, all
 * in one atomic write of a new file (default `<name>-da-thu-phieu.xlsx`), -o, or --in-place.
 *
 * Exit codes: 0 gathered (conflicts kept or replaced are reported); 1 a form refused, the
 * workbook locked or unreadable, a cell to write holds a formula; 2 the workbook or a form file
 * cannot be read, or the workbook is not a scoring workbook; 64 usage; 73 cannot write.
 */
import { checkWorkbook, formatLogTime, type Lang } from '../../core/index';
import {
  applyWrites,
  formWordsFor,
  gatherLine,
  gatherLogAppends,
  gatherLogRows,
  planGather,
  type FormFile,
  type FormOutcome,
  type GatherPlan,
} from '../../core/forms/index';
import { WorkbookFileError } from '../../file/errors';
import { applyGather, readFormInput } from '../../file/forms/applyGather';
import { FormulaCellError } from '../../file/forms/fillCells';
import { readWorkbookFileBytes, writeWorkbookFile } from '../../file/nodeFiles';
import { bookTarget } from '../bookOutput';
import { type Context, fail, printJson, progress, readBook, resolvePath, writeOrFail } from '../context';
import { EXIT } from '../exitCodes';
import { FORM_STRINGS } from '../formStrings';
import { joinBlocks } from '../textReport';

export interface GatherCommand {
  book: string;
  forms: string[];
  output: string | null;
  inPlace: boolean;
  replace: boolean;
  json: boolean;
}

/** One form in the JSON report; field names fixed for other tools. */
function formJson(f: FormOutcome, replace: boolean, lang: Lang) {
  const conflict = (c: FormOutcome['conflicts'][number]) => ({
    sheet: c.sheet,
    cell: c.cell,
    old: c.old,
    new: c.value / 100,
    formSheet: c.formSheet,
    formCell: c.formCell,
    criterion: c.criterion,
    member: c.member,
    replaced: replace && f.accepted,
  });
  return {
    file: f.file,
    member: f.member,
    name: f.memberName,
    signer: f.signer,
    accepted: f.accepted,
    filled: f.fills.length,
    unchanged: f.same,
    conflicts: f.conflicts.map(conflict),
    issues: f.problems.map((p) => ({ severity: p.severity, code: p.code, file: p.file, place: p.place, sheet: p.sheet, cell: p.cell, message: gatherLine(p, lang) })),
  };
}

/** The readable report: refused forms with their errors, then the gathered ones with conflicts and warnings. */
function planLines(plan: GatherPlan, lang: Lang): string[][] {
  const f = FORM_STRINGS[lang];
  const w = formWordsFor(lang);
  const refused = plan.forms.filter((x) => !x.accepted);
  const blocks: string[][] = [];
  const describe = (x: FormOutcome): string[] => {
    const who = { file: x.file, name: x.memberName || x.member || '', signer: x.signer };
    const lines = [
      x.accepted
        ? f.formSummary({ ...who, fills: x.fills.length, same: x.same, conflicts: x.conflicts.length })
        : f.refusedSummary({ ...who, errors: x.problems.filter((p) => p.severity === 'error').length }),
    ];
    if (x.accepted && x.conflicts.length > 0) {
      lines.push('    ' + (plan.replace ? f.conflictsReplaced : f.conflictsKept));
      for (const c of x.conflicts) lines.push(`      ${w.conflict(c)} (${c.formSheet}!${c.formCell})`);
    }
    for (const p of x.problems) lines.push(`    - ${gatherLine(p, lang)} (${p.code})`);
    return lines;
  };
  if (refused.length > 0) blocks.push([f.refusedHeading, ...refused.flatMap(describe)]);
  const accepted = plan.forms.filter((x) => x.accepted);
  if (accepted.length > 0 && refused.length === 0) blocks.push([f.acceptedHeading, ...accepted.flatMap(describe)]);
  return blocks;
}

export async function runGather(ctx: Context, cmd: GatherCommand): Promise<number> {
  const f = FORM_STRINGS[ctx.lang];
  const refusals = formWordsFor(ctx.lang).gatherRefusal;
  const target = await bookTarget(ctx, cmd, 'da-thu-phieu');
  if (typeof target === 'number') return target;
  const loaded = await readBook(ctx, target.input, cmd.json);
  if (typeof loaded === 'number') return loaded;

  const files: FormFile[] = [];
  for (const name of cmd.forms) {
    const file = resolvePath(ctx, name);
    progress(ctx, f.readingForm(file));
    try {
      files.push({ file: name, input: await readFormInput(await readWorkbookFileBytes(file), file) });
    } catch (e) {
      if (e instanceof WorkbookFileError) return fail(ctx, EXIT.cannotRead, e.kind, e.sentences[ctx.lang], cmd.json, e.detail);
      throw e;
    }
  }

  progress(ctx, ctx.s.checking);
  const report = checkWorkbook(loaded.input);
  progress(ctx, f.gathering);
  const plan = planGather({ input: loaded.input, report }, files, { replace: cmd.replace });
  const json = (output: string | null, fingerprint: string | null) => ({
    output,
    written: output !== null,
    replace: cmd.replace,
    refusal: plan.refusal,
    fingerprint,
    forms: plan.forms.map((x) => formJson(x, cmd.replace, ctx.lang)),
  });
  if (plan.refusal !== null) {
    const code = plan.refusal === 'notScoring' ? EXIT.cannotRead : EXIT.workbookErrors;
    const sentence = plan.refusal === 'notScoring' ? ctx.s.notScoringWorkbook(target.input) : refusals[plan.refusal];
    if (cmd.json) printJson(ctx, { ...json(null, report.fingerprint), error: { kind: plan.refusal, message: sentence } });
    else ctx.io.stdout(joinBlocks(planLines(plan, ctx.lang)));
    ctx.io.stderr(sentence + '\n');
    return code;
  }

  // The workbook as it will read once written: its fingerprint and counts go into the log rows.
  const after = checkWorkbook(applyWrites(loaded.input, plan.writes));
  const rows = gatherLogRows(plan, after, formatLogTime(ctx.io.now()));
  progress(ctx, ctx.s.writing(target.output));
  let formulaCells: string[] = [];
  const failed = await writeOrFail(ctx, cmd.json, async () => {
    try {
      applyGather(loaded.workbook, plan.writes, gatherLogAppends(loaded.input, rows));
    } catch (e) {
      if (!(e instanceof FormulaCellError)) throw e;
      formulaCells = e.cells.map((c) => `${c.sheet}!${c.cell}`);
      return;
    }
    await writeWorkbookFile(loaded.workbook, target.output);
  });
  if (failed !== null) return failed;
  if (formulaCells.length > 0) return fail(ctx, EXIT.workbookErrors, 'formulaCells', formWordsFor(ctx.lang).formulaCells(formulaCells), cmd.json);

  if (cmd.json) printJson(ctx, json(target.output, after.fingerprint));
  else ctx.io.stdout(joinBlocks([...planLines(plan, ctx.lang), [f.gathered(plan.forms.length, plan.writes.length, target.output)]]));
  return EXIT.ok;
}
