// What a workbook needs to print and read well that write-excel-file does not write itself:
// every sheet on A4, fitted to the page's width (as many pages tall as it takes), its header rows
// repeated on every page, the document's title and period in the page header and the page number
// in the footer; and row heights that show a whole wrapped paragraph. The print setup is a
// write-excel-file "feature" (it rewrites each sheet's XML and the workbook's defined names while
// the file is made), so the zip is written once and stays valid. Shared by the report's and the
// data checks' workbooks.
import type { Feature } from 'write-excel-file/browser';

export interface PrintSetup {
  /** The left of the page header: the document's title. */
  headerLeft: string;
  /** The right of the page header: the unit and the period. */
  headerRight: string;
  /** The footer's word before the page number ("Trang"). */
  pageWord: string;
  /** Each sheet's name, in order (the defined names refer to them). */
  sheetNames: readonly string[];
  /** Per sheet, how many rows at its top repeat on every printed page (0: none). */
  repeatRows: readonly number[];
  /** Per sheet, whether the cell grid prints (the tables: yes; a page of prose: no). */
  gridLines: readonly boolean[];
  /** Every sheet in landscape (a wide list); portrait otherwise. */
  landscape?: boolean;
}

const HEADER_PART_MAX = 120;

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A header's own codes start with "&": a literal one is doubled; long text is cut. */
function headerText(text: string): string {
  const short = text.length > HEADER_PART_MAX ? `${text.slice(0, HEADER_PART_MAX - 1)}…` : text;
  return short.replace(/&/g, '&&');
}

/** "'Kết nạp và cơ cấu'!$1:$1": a sheet name is quoted, its apostrophes doubled. */
export function printTitlesRef(sheetName: string, rows: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!$1:$${rows}`;
}

const MARGINS =
  '<pageMargins left="0.6" right="0.5" top="0.75" bottom="0.6" header="0.3" footer="0.3"/>';

function sheetXml(content: string, setup: PrintSetup, index: number): string {
  // The library's own margins and page setup (written only with an orientation) are replaced.
  let xml = content.replace(/<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>/g, '');
  if (!xml.includes('<sheetPr')) {
    xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  }
  const options = setup.gridLines[index] ? ' gridLines="1"' : '';
  const orientation = setup.landscape ? 'landscape' : 'portrait';
  const header = `&L${headerText(setup.headerLeft)}&R${headerText(setup.headerRight)}`;
  const footer = `&C${headerText(setup.pageWord)} &P/&N`;
  const print =
    `<printOptions horizontalCentered="1"${options}/>${MARGINS}` +
    `<pageSetup paperSize="9" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${xmlText(header)}</oddHeader><oddFooter>${xmlText(footer)}</oddFooter></headerFooter>`;
  // In the schema's order: after the cells and merged cells, before a drawing.
  const before = /<drawing\b|<legacyDrawing\b|<\/worksheet>/.exec(xml);
  const at = before ? before.index : xml.length;
  return xml.slice(0, at) + print + xml.slice(at);
}

function workbookXml(content: string, setup: PrintSetup): string {
  const names = setup.sheetNames
    .map((name, index) => {
      const rows = setup.repeatRows[index] ?? 0;
      if (rows <= 0) return '';
      const ref = xmlText(printTitlesRef(name, rows)).replace(/'/g, '&apos;');
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${ref}</definedName>`;
    })
    .join('');
  if (!names) return content;
  const element = `<definedNames>${names}</definedNames>`;
  if (/<definedNames\s*\/>/.test(content)) return content.replace(/<definedNames\s*\/>/, element);
  return content.replace(/<calcPr\b/, `${element}$&`);
}

/** What write-excel-file's browser build accepts as a feature's files. */
type FileContent = File | Blob | ArrayBuffer;

/** The print setup as a write-excel-file feature: pass it in the options' `features`. */
export function printSetupFeature(setup: PrintSetup): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) => sheetXml(content, setup, sheetIndex),
        },
        'xl/workbook.xml': { transform: (content) => workbookXml(content, setup) },
      },
    },
  };
}

/**
 * The lines a text takes when wrapped in a cell `width` characters wide (Excel's unit: the
 * width of a digit), word by word. A digit is as wide as the widest lower-case letters, so
 * counting one character per unit overestimates the lines a little and never hides the last one.
 */
export function wrappedLineCount(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= capacity) {
        line = needed;
      } else {
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / capacity);
        line = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/** The height in points of a row whose tallest cell wraps to `lines` lines of `fontSize` text. */
export function rowHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.3 + 4);
}
