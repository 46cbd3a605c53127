import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet-read';

const BOM = '\ufeff';

function fileOf(parts: BlobPart[], name: string): File {
  return new File(parts, name);
}

async function refusal(file: File) {
  const error = await readSpreadsheet(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SpreadsheetError);
  return (error as SpreadsheetError).data;
}

async function workbook(sheets: { sheet: string; data: unknown[][] }[]): Promise<ArrayBuffer> {
  const buffer = await writeExcelFile(sheets as never).toBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

describe('reading a chosen spreadsheet', () => {
  it('reads a CSV as Excel saves it in Vietnamese: UTF-8 with a BOM, semicolons, CRLF', async () => {
    const book = await readSpreadsheet(
      fileOf([`${BOM}Tên thôn;Số hộ\r\nThôn Đông;1.234\r\n`], 'thon.csv'),
    );
    expect(book).toEqual({
      fileName: 'thon.csv',
      format: 'csv',
      delimiter: ';',
      sheets: [
        {
          name: 'thon',
          rows: [
            ['Tên thôn', 'Số hộ'],
            ['Thôn Đông', '1.234'],
          ],
        },
      ],
    });
  });

  it('refuses a CSV that is not UTF-8, an .xls, an unknown kind of file, an empty one', async () => {
    const windows1258 = new Uint8Array([0x54, 0x68, 0xf4, 0x6e, 0x3b, 0x31, 0x0d, 0x0a]);
    expect(await refusal(fileOf([windows1258], 'thon.csv'))).toEqual({
      code: 'notUtf8',
      file: 'thon.csv',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(fileOf([ole], 'cu.xls'))).toMatchObject({ code: 'xls' });
    expect(await refusal(fileOf(['{}'], 'a.json'))).toEqual({
      code: 'unsupported',
      file: 'a.json',
      extension: 'json',
    });
    expect(await refusal(fileOf([`${BOM};\r\n\r\n`], 'trong.csv'))).toMatchObject({
      code: 'empty',
    });
    expect(await refusal(fileOf(['Tên\r\n"Thôn 1\r\n'], 'x.csv'))).toMatchObject({
      code: 'unclosedQuote',
      line: 2,
    });
    expect(await refusal(fileOf(['not a zip'], 'x.xlsx'))).toMatchObject({ code: 'notXlsx' });
    const otherZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(await refusal(fileOf([otherZip], 'x.xlsx'))).toMatchObject({ code: 'notXlsx' });
  });

  it('reads every sheet of a workbook: text, numbers, dates as days, lines as Excel numbers them', async () => {
    const bytes = await workbook([
      {
        sheet: 'Thôn',
        data: [
          [null],
          [
            { value: 'Tên thôn', type: String },
            { value: 'Số hộ', type: String },
            { value: 'Ngày thành lập', type: String },
          ],
          [
            { value: 'Thôn Đông', type: String },
            { value: 1234, type: Number },
            { value: new Date(Date.UTC(2019, 11, 31)), type: Date, format: 'dd/mm/yyyy' },
          ],
        ],
      },
      { sheet: 'Trường', data: [[{ value: 'Tên trường', type: String }]] },
    ]);
    const book = await readSpreadsheet(fileOf([bytes], 'dia-ban.xlsx'));
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Thôn', 'Trường']);
    expect(book.sheets[0]!.rows).toEqual([
      [null, null, null],
      ['Tên thôn', 'Số hộ', 'Ngày thành lập'],
      ['Thôn Đông', 1234, '2019-12-31'],
    ]);
  });

  it('reads a province’s workbook of 5,000 lines (its sheet inflates past 512 KB)', async () => {
    const data: unknown[][] = [
      [
        { value: 'Tên doanh nghiệp', type: String },
        { value: 'Mã số thuế', type: String },
        { value: 'Số công nhân', type: String },
      ],
    ];
    for (let index = 0; index < 5000; index += 1) {
      data.push([
        { value: `Công ty TNHH số ${index}`, type: String },
        { value: String(100_000_000 + index), type: String },
        { value: index % 700, type: Number },
      ]);
    }
    const book = await readSpreadsheet(
      fileOf([await workbook([{ sheet: 'DN', data }])], 'dn.xlsx'),
    );
    const rows = book.sheets[0]!.rows;
    expect(rows).toHaveLength(5001);
    expect(rows[5000]).toEqual(['Công ty TNHH số 4999', '100004999', 4999 % 700]);
  });
});
