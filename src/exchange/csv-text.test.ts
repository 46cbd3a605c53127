import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, parseCsv } from './csv-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

function records(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.reason} at ${parsed.line}`);
  return parsed;
}

describe('decoding a CSV file', () => {
  it('reads UTF-8 with the BOM Excel writes, and drops the BOM', () => {
    const decoded = decodeCsvBytes(withBom('Tên thôn;Số hộ\r\nThôn Đông;120\r\n'));
    expect(decoded).toEqual({
      ok: true,
      text: 'Tên thôn;Số hộ\r\nThôn Đông;120\r\n',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(utf8('Tổ dân phố 5,80'))).toMatchObject({
      ok: true,
      text: 'Tổ dân phố 5,80',
    });
  });

  it('reads UTF-16 with its BOM (Excel’s “Unicode text”)', () => {
    const text = 'Tên\tSố hộ\r\nThôn Đông\t120';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses Windows-1258 / Windows-1252 bytes instead of guessing', () => {
    // "Thôn" in Windows-1258: ô is 0xF4, a lone byte that is not UTF-8.
    expect(decodeCsvBytes(new Uint8Array([0x54, 0x68, 0xf4, 0x6e, 0x3b, 0x31]))).toEqual({
      ok: false,
      reason: 'notUtf8',
    });
  });

  it('refuses a binary file', () => {
    expect(decodeCsvBytes(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });
});

describe('parsing CSV (RFC 4180 as Excel writes it)', () => {
  it('splits a semicolon file with CRLF, as a Vietnamese-locale Excel saves it', () => {
    const parsed = records('Tên thôn;Số hộ;Đảng viên\r\nThôn Đông;1.234;12\r\nThôn Tây;98;0\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      ['Tên thôn', 'Số hộ', 'Đảng viên'],
      ['Thôn Đông', '1.234', '12'],
      ['Thôn Tây', '98', '0'],
    ]);
  });

  it('detects a comma, a semicolon and a tab', () => {
    expect(records('a,b,c\n1,2,3\n').delimiter).toBe(',');
    expect(records('a;b;c\n1;2;3\n').delimiter).toBe(';');
    expect(records('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    // Names with commas in a semicolon file: the semicolon splits every line alike.
    expect(detectDelimiter('Tên;Số\nCông ty A, B;5\nCông ty C;6\n')).toBe(';');
    // One column: nothing to split.
    expect(records('Tên\nThôn 1\n').delimiter).toBe(',');
  });

  it('obeys Excel’s sep= hint line, which is no record', () => {
    const parsed = records('sep=;\r\nTên;Mã\r\nA, B;1\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      ['Tên', 'Mã'],
      ['A, B', '1'],
    ]);
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    const parsed = records(
      'Tên,Ghi chú\r\n"Công ty TNHH May ""Tân An"", chi nhánh 2","dòng 1\r\ndòng 2"\r\nThôn 3,""\r\n',
    );
    expect(parsed.records).toEqual([
      ['Tên', 'Ghi chú'],
      ['Công ty TNHH May "Tân An", chi nhánh 2', 'dòng 1\r\ndòng 2'],
      ['Thôn 3', ''],
    ]);
  });

  it('keeps empty lines as empty records, so that record n is line n', () => {
    const parsed = records('Tên;Số hộ\r\n\r\nThôn 1;10\r\n;\r\nThôn 2;20');
    expect(parsed.records).toEqual([
      ['Tên', 'Số hộ'],
      [''],
      ['Thôn 1', '10'],
      ['', ''],
      ['Thôn 2', '20'],
    ]);
  });

  it('reads LF and lone CR line ends alike, and a last line without a line break', () => {
    expect(records('a;b\n1;2').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a;b\r1;2\r').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('takes a quote inside an unquoted field as a character', () => {
    expect(records('Tên;Cỡ\r\nỐng 12" nhựa;3\r\n').records[1]).toEqual(['Ống 12" nhựa', '3']);
  });

  it('refuses a quote never closed, naming the line its field starts on', () => {
    expect(parseCsv('Tên;Số hộ\r\nThôn 1;10\r\n"Thôn 2;20\r\nThôn 3;30\r\n')).toEqual({
      ok: false,
      reason: 'unclosedQuote',
      line: 3,
    });
  });
});
