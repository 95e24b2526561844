/**
 * How far the file shell goes before it refuses a file, so that a hostile or broken package costs
 * a fraction of a second and a bounded amount of memory instead of gigabytes (docs/reliability.md).
 * The cell limit itself is the core's (src/core/read/limits.ts); these guard the way there.
 */

/** Largest inflated size of one part we read (a sheet at the core's 2 M-cell limit is ~100 MB). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Largest inflated size of all the parts read from one package together. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/**
 * Largest ratio of inflated to compressed size once a part has inflated past
 * RATIO_GRACE_BYTES. Real worksheet XML compresses 10–50 times, a sheet of identical empty
 * formatted cells about 100 times; deflate's own maximum is about 1 032, which is what zip bombs
 * use. (Apache POI guards the same way, with a ratio of 100 by default.)
 */
export const MAX_RATIO = 500;
export const RATIO_GRACE_BYTES = 16 * 1024 * 1024;

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** XML nesting deeper than any spreadsheet part needs (a worksheet is about 6 levels deep). */
export const MAX_XML_DEPTH = 256;

/** Longest single tag (name and attributes) or comment in a part. */
export const MAX_TOKEN_BYTES = 1024 * 1024;

/**
 * Largest workbook file the command line reads (the browser has its own limit, src/web/fileChoice.ts).
 * A scoring workbook is well under a megabyte; photos embedded in a sheet can make it large.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
