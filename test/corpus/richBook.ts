/**
 * A scoring workbook as officers' files really are: besides the input sheets it has what Excel
 * users add — a chart, a table, a pivot table, a user's own protected sheet, custom document
 * properties, data validations, conditional formatting, notes, an external link, calculation
 * settings (fullCalcOnLoad) and, as an .xlsm, a macro project. The small cluster of
 * test/cli/workbooks.ts is saved by exceljs (playing Excel); the parts exceljs cannot write
 * (chart, pivot, custom properties, macros) are then added to the package as Excel writes them,
 * each checked against the ECMA-376 schemas by the tests that use it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { smallWorkbook } from '../cli/workbooks';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface RichOptions {
  /** A macro-enabled workbook (.xlsm) with a VBA project. */
  macros?: boolean;
}

/** The user's own sheet: a table of files received, protected with the office's password. */
async function excelJsPart(): Promise<Uint8Array> {
  const wb = smallWorkbook({ ballots: true });
  const notes = wb.addWorksheet('Ghi chú');
  notes.addTable({
    name: 'HoSoNhan',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [{ name: 'Đơn vị' }, { name: 'Số hồ sơ' }],
    rows: [
      ['Tỉnh Nghệ An', 5],
      ['Tỉnh Hà Tĩnh', 3],
    ],
  });
  notes.getCell('D1').value = { text: 'Cổng thông tin thi đua', hyperlink: 'https://thiduakhenthuong.gov.vn' };
  await notes.protect('van-phong-cum', { spinCount: 10 });
  wb.addWorksheet('Phân tích').getCell('A1').value = 'Tổng hợp hồ sơ';
  const self = wb.getWorksheet('Tự chấm')!;
  (self as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:D3', {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [0, 10],
  });
  self.addConditionalFormatting({
    ref: 'B2:D3',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [5.5], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  self.getCell('A1').note = 'Mã tiêu chí theo bảng Tiêu chí';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CHART = `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Tự chấm I.1</c:v></c:tx><c:cat><c:strRef><c:f>'Tự chấm'!$B$1:$D$1</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Tự chấm'!$B$2:$D$2</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const PIVOT_CACHE = `${XML}<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Ghi chú"/></cacheSource><cacheFields count="2"><cacheField name="Đơn vị" numFmtId="0"><sharedItems count="2"><s v="Tỉnh Nghệ An"/><s v="Tỉnh Hà Tĩnh"/></sharedItems></cacheField><cacheField name="Số hồ sơ" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_TABLE = `${XML}<pivotTableDefinition xmlns="${NS}" name="BangTongHop" cacheId="1" dataCaption="Giá trị" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Tổng Số hồ sơ" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

const CUSTOM = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị soạn"><vt:lpwstr>Văn phòng Cụm thi đua</vt:lpwstr></property></Properties>`;

/** A stand-in for a compiled VBA project (its bytes only have to come back unchanged). */
export const VBA_PROJECT = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));

/** The sheet part of a sheet name, from the workbook and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  return 'xl/' + target![1].replace(/^\/?xl\//, '');
}

/** Adds a relationship to a rels part (created when missing); returns its id. */
async function addRel(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const file = zip.file(relsPath);
  let xml = file ? await file.async('string') : `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let n = 1;
  while (xml.includes(`Id="rId${n}"`)) n++;
  const id = `rId${n}`;
  xml = xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
  zip.file(relsPath, xml);
  return id;
}

async function addContentType(zip: JSZip, part: string, type: string): Promise<void> {
  const xml = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');

/** Inserts an element into a worksheet before the first of these elements (schema order), or at the end. */
function insertBefore(xml: string, element: string, before: string[]): string {
  for (const b of before) {
    const at = xml.indexOf(`<${b}`);
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace('</worksheet>', `${element}</worksheet>`);
}

export async function richWorkbookBytes(options: RichOptions = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await excelJsPart());

  // A chart on `Tự chấm`.
  const self = await sheetPart(zip, 'Tự chấm');
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  const drawingRel = await addRel(zip, relsOf(self), `${REL}/drawing`, '../drawings/drawing1.xml');
  const selfXml = await zip.file(self)!.async('string');
  zip.file(self, insertBefore(selfXml, `<drawing r:id="${drawingRel}"/>`, ['legacyDrawing', 'legacyDrawingHF', 'tableParts', 'extLst']));
  await addContentType(zip, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  await addContentType(zip, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');

  // A pivot table on `Phân tích`, from the table on `Ghi chú`.
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  zip.file('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  zip.file('xl/pivotTables/_rels/pivotTable1.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
  const analysis = await sheetPart(zip, 'Phân tích');
  await addRel(zip, relsOf(analysis), `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml');
  const cacheRel = await addRel(zip, 'xl/_rels/workbook.xml.rels', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
  await addContentType(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
  await addContentType(zip, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');

  // Calculation settings and the pivot cache in the workbook part.
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  workbook = workbook.replace(/<calcPr([^>]*?)\/>/, '<calcPr$1 fullCalcOnLoad="1"/>');
  workbook = workbook.replace(/(<calcPr[^>]*\/>)/, `$1<pivotCaches><pivotCache cacheId="1" r:id="${cacheRel}"/></pivotCaches>`);
  if (options.macros) workbook = workbook.replace('<workbookPr', '<workbookPr codeName="ThisWorkbook"');
  zip.file('xl/workbook.xml', workbook);

  // Custom document properties.
  zip.file('docProps/custom.xml', CUSTOM);
  await addRel(zip, '_rels/.rels', `${REL}/custom-properties`, 'docProps/custom.xml');
  await addContentType(zip, 'docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');

  if (options.macros) {
    zip.file('xl/vbaProject.bin', VBA_PROJECT);
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
    let types = await zip.file('[Content_Types].xml')!.async('string');
    types = types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    types = types.replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    zip.file('[Content_Types].xml', types);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every part of a package, inflated (by JSZip: independent of the program under test). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}
