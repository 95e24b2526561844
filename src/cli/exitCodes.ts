/** Exit codes of `cum-thi-dua` (sysexits.h numbers where one fits). Tools rely on them. */
export const EXIT = {
  /** No errors (warnings allowed). */
  ok: 0,
  /** The workbook has errors: nothing ranked, nothing written. */
  workbookErrors: 1,
  /** The file cannot be read, or is not a scoring workbook. */
  cannotRead: 2,
  /** Wrong usage of the command line (EX_USAGE). */
  usage: 64,
  /** An unexpected failure of the program (EX_SOFTWARE). */
  internal: 70,
  /** The output file cannot be written (EX_CANTCREAT). */
  cannotWrite: 73,
} as const;
