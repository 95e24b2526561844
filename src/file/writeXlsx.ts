/**
 * The file shell's writer (no Node APIs: the browser's worker uses it too): output sheets into a
 * workbook (write/applySheets.ts), a new workbook from an empty package, and the bytes of the
 * result. exceljs is not used: the package is edited part by part (docs/reliability.md).
 */
import { Workbook } from './book/workbook';
import { CONTENT_TYPES_PART, ContentTypes, CT } from './package/contentTypes';
import { REL, serializeRelationships } from './package/relationships';
import { XlsxPackage } from './package/xlsxPackage';
import { DEFAULT_STYLES } from './write/styleBook';
import { escapeText } from './xml/xmlText';

export { applySheetDescriptions } from './write/applySheets';
export { linkFormula, parseRange, mergeStyles } from './write/sheetXml';
export { Workbook } from './book/workbook';

/** Who made the files we write (document properties). */
export const CREATOR = 'cum-thi-dua';

/** "2022-12-15T00:00:00Z": W3CDTF as document properties write dates, to the second. */
const w3c = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A new workbook with no sheet yet: the package parts every workbook has (workbook, styles,
 * relationships, content types, document properties with fixed dates when given, so that the
 * same input gives the same file). Sheets come from applySheetDescriptions, as in any workbook.
 */
export function newWorkbook(created: Date = new Date(), props: { title?: string; description?: string } = {}): Workbook {
  const pkg = XlsxPackage.empty();
  const types = ContentTypes.empty();
  const set = (part: string, type: string, xml: string): void => {
    pkg.set(part, xml);
    types.set(part, type);
  };
  pkg.set(CONTENT_TYPES_PART, '');
  pkg.set(
    '_rels/.rels',
    serializeRelationships([
      { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml', external: false },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml', external: false },
      { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml', external: false },
    ]),
  );
  const optional = (tag: string, v: string | undefined): string => (v ? `<${tag}>${escapeText(v)}</${tag}>` : '');
  set(
    'docProps/core.xml',
    CT.core,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      optional('dc:title', props.title) +
      optional('dc:description', props.description) +
      `<dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(created)}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  set(
    'docProps/app.xml',
    CT.app,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<Application>${CREATOR}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts>' +
      '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
      '</Properties>',
  );
  set(
    'xl/workbook.xml',
    CT.workbook,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      '<sheets/><calcPr calcId="191029"/></workbook>',
  );
  set('xl/styles.xml', CT.styles, DEFAULT_STYLES);
  pkg.set('xl/_rels/workbook.xml.rels', serializeRelationships([{ id: 'rId1', type: REL.styles, target: 'styles.xml', external: false }]));
  pkg.set(CONTENT_TYPES_PART, types.serialize());
  const wb = new Workbook(pkg);
  wb.created = created;
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: Workbook, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  return workbook.bytes(workbook.created ?? new Date(), onProgress);
}
