import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@/i18n/i18n';
import { buildClass, buildPerson, buildTarget, buildUnit } from '../../test/builders';
import { buildTree, rawDocument, toText, type RawDocument } from '../../test/exchange-documents';
import { ImportError, importErrorMessage, type ImportErrorData } from './errors';
import { looksTruncated } from './json-text';
import { parseExchange } from './parse';

const vi: Translate = (key, params) => translate('vi', key, params);
const tree = buildTree();
const FILE = 'don-vi-a.ptdv.json';

/** The refusal parseExchange throws for a text, as plain data. */
function refusal(text: string, fileName = FILE): ImportErrorData {
  try {
    parseExchange(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).toData();
  }
  throw new Error('the file was accepted');
}

function message(text: string, fileName = FILE): string {
  return importErrorMessage(refusal(text, fileName), vi);
}

function withPeople(
  count: number,
  change: (person: Record<string, unknown>, index: number) => void,
) {
  const people = Array.from({ length: count }, () =>
    buildPerson({ unitId: tree.cellA.id }),
  ) as unknown as Record<string, unknown>[];
  people.forEach(change);
  return rawDocument(tree.commune, {
    units: [tree.commune, tree.cellA],
    people: people as unknown as RawDocument['people'],
  });
}

describe('parseExchange: accepted files', () => {
  it('normalises NFD text, resolves aliases, fills omitted optional fields with null', () => {
    const person = {
      id: '3f2b8c1e-5d4a-4c8e-9b7a-1e2d3c4b5a69',
      updatedAt: '2026-03-01T07:00:00+07:00',
      unitId: tree.cellA.id,
      fullName: 'Nguyễn Thị Hòa'.normalize('NFD'),
      gender: 'female',
      birthDate: '2001-02-28',
      ethnicity: 'khmer',
      religion: 'Thiên Chúa giáo',
      youthUnion: true,
      occupation: 'worker',
      milestones: { applicationOn: '2026-02-01' },
    };
    const { document, warnings } = parseExchange(
      toText(rawDocument(tree.commune, { units: [tree.cellA], people: [person as never] })),
      FILE,
    );
    expect(warnings).toEqual([]);
    expect(document.people[0]).toEqual({
      ...person,
      updatedAt: '2026-03-01T00:00:00.000Z',
      fullName: 'Nguyễn Thị Hòa'.normalize('NFC'),
      ethnicity: 'Khơ-me',
      religion: 'Công giáo',
      workplaceSector: null,
      education: null,
      nationalId: null,
      placeId: null,
      decisionNo: null,
      awarenessClassId: null,
      newMemberClassId: null,
      milestones: {
        sourcedOn: null,
        awarenessCertOn: null,
        applicationOn: '2026-02-01',
        cellResolutionOn: null,
        decisionOn: null,
        admittedOn: null,
        officialOn: null,
        removedOn: null,
      },
    });
    expect(document.people[0]?.fullName).toBe('Nguyễn Thị Hòa'.normalize('NFC'));
  });

  it('accepts explicit nulls, records in any order and a byte order mark', () => {
    const unit = { ...tree.cellB, sector: null, openedOn: null };
    const raw = rawDocument(tree.commune, {
      people: [buildPerson({ unitId: tree.cellB.id, religion: null })],
      units: [unit],
    });
    const { document } = parseExchange(`\uFEFF${toText(raw)}`, FILE);
    expect(document.units).toEqual([unit]);
    expect(document.people).toHaveLength(1);
  });

  it('keeps updatedAt as the same instant, in UTC, whatever the offset', () => {
    const unit = buildUnit({ updatedAt: '2026-01-01T07:00:00+07:00' });
    const since = '2025-12-31T17:00:00-07:00';
    const { document } = parseExchange(
      toText(rawDocument(tree.commune, { units: [unit], scope: { type: 'changes', since } })),
      FILE,
    );
    expect(document.units[0]?.updatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(document.scope).toEqual({ type: 'changes', since: '2026-01-01T00:00:00.000Z' });
  });

  it('reports unknown top-level members and record fields as warnings, once per field', () => {
    const raw = withPeople(3, (person, index) => {
      person.nickname = `Bé ${index}`;
    });
    raw.generator = { name: 'other tool' };
    const { document, warnings } = parseExchange(toText(raw), FILE);
    expect(warnings).toEqual([
      { field: 'generator', message: 'exchange.warning.unknownMember' },
      {
        array: 'people',
        index: 0,
        id: (raw.people[0] as { id: string }).id,
        field: 'nickname',
        message: 'exchange.warning.unknownField',
        count: 3,
      },
    ]);
    expect(document.people[0]).not.toHaveProperty('nickname');
    expect(
      vi('exchange.warning.unknownField', {
        field: 'nickname',
        array: 'people',
        count: 3,
        index: 0,
      }),
    ).toBe(
      'Trường “nickname” trong people không thuộc định dạng: bỏ qua (3 bản ghi, đầu tiên là people[0]).',
    );
  });

  it('cannot be used to pollute prototypes through __proto__ or constructor keys', () => {
    const person = buildPerson({ unitId: tree.cellA.id });
    const text = toText(rawDocument(tree.commune, { units: [tree.cellA], people: [person] }))
      .replace(
        '"format"',
        '"__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } }, "format"',
      )
      .replace(`"id": "${person.id}"`, `"__proto__": { "polluted": "yes" }, "id": "${person.id}"`)
      .replace('"sourcedOn"', '"__proto__": { "polluted": "yes" }, "sourcedOn"');
    const { document, warnings } = parseExchange(text, FILE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(document.people[0])).toBe(Object.prototype);
    expect((document as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((document.people[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(warnings.map((warning) => warning.field)).toEqual([
      '__proto__',
      'constructor',
      '__proto__',
      'milestones.__proto__',
    ]);
  });

  it('lets a person name a class defined later in the same file (order does not matter)', () => {
    const klass = buildClass({ unitId: tree.commune.id });
    const raw = rawDocument(tree.commune, {
      people: [buildPerson({ unitId: tree.cellA.id, awarenessClassId: klass.id })],
      classes: [klass],
      units: [tree.cellA, tree.commune],
    });
    expect(() => parseExchange(toText(raw), FILE)).not.toThrow();
  });

  it('keeps the province key of a province file, member by member', () => {
    const jwk = { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', ext: true, key_ops: [] };
    const raw = rawDocument(tree.province, { provincePublicKey: jwk });
    expect(parseExchange(toText(raw), FILE).document.provincePublicKey).toEqual(jwk);
    const privateKey = rawDocument(tree.province, { provincePublicKey: { ...jwk, d: 'secret' } });
    expect(refusal(toText(privateKey))).toMatchObject({
      code: 'invalidEnvelope',
      field: 'provincePublicKey',
    });
  });
});

describe('parseExchange: refusals of the file and its envelope, each with its message', () => {
  it('an empty file', () => {
    expect(message('  \n')).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: tệp rỗng, không có nội dung nào.',
    );
  });

  it('a truncated file', () => {
    const text = toText(withPeople(20, () => {}));
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(refusal(cut)).toEqual({ code: 'truncated', file: FILE });
    expect(message(cut)).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: tệp bị cắt cụt, kết thúc giữa chừng (có thể tệp chưa tải hoặc chép xong). Hãy lấy lại tệp đầy đủ từ nơi gửi.',
    );
    // Cut inside a string, or right after an opening bracket.
    expect(refusal('{"format": "ptdv-exch').code).toBe('truncated');
    expect(refusal('{"units": [').code).toBe('truncated');
  });

  it('text that is not JSON', () => {
    const error = refusal('họ tên;ngày sinh\nNguyễn Văn A;01/01/2000');
    expect(error.code).toBe('notJson');
    expect(importErrorMessage({ code: 'notJson', file: FILE }, vi)).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: nội dung không phải JSON hợp lệ. Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
    );
    expect(
      importErrorMessage({ code: 'notJson', file: FILE, params: { line: 3, column: 7 } }, vi),
    ).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: nội dung không phải JSON hợp lệ (lỗi ở dòng 3, cột 7). Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
    );
    expect(refusal('{"a": 1}}').code).toBe('notJson');
  });

  it('JSON of another format', () => {
    expect(message('{"type": "FeatureCollection", "features": []}')).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: đây không phải tệp trao đổi dữ liệu PTĐV: cần trường “format” có giá trị “ptdv-exchange”, nhưng trường này bị thiếu.',
    );
    expect(message('{"format": "ptdv-backup", "version": 1}')).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: đây không phải tệp trao đổi dữ liệu PTĐV: cần trường “format” có giá trị “ptdv-exchange”, nhận được “ptdv-backup”.',
    );
    expect(refusal('[1, 2, 3]').code).toBe('notThisFormat');
  });

  it('a newer version', () => {
    const raw = { ...rawDocument(tree.commune), version: 2 };
    expect(refusal(toText(raw))).toMatchObject({
      code: 'newerVersion',
      field: 'version',
      received: '2',
    });
    expect(message(toText(raw))).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: tệp theo định dạng phiên bản 2, mới hơn các phiên bản mà phần mềm này đọc được (1). Hãy cập nhật phần mềm PTĐV rồi nhập lại.',
    );
  });

  it('an invalid envelope, naming the member', () => {
    const { exportId: _exportId, ...noId } = rawDocument(tree.commune);
    expect(message(toText(noId))).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: phần đầu tệp — trường “exportId”: cần một mã định danh dạng UUID, nhưng trường này bị thiếu.',
    );
    const badVersion = { ...rawDocument(tree.commune), version: '1' };
    expect(message(toText(badVersion))).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: phần đầu tệp — trường “version”: cần một số phiên bản định dạng (1), nhận được “1”.',
    );
    const noPeople = { ...rawDocument(tree.commune), people: null };
    expect(message(toText(noPeople))).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: phần đầu tệp — trường “people”: cần một mảng (có thể rỗng), nhận được “null”.',
    );
    const badSince = {
      ...rawDocument(tree.commune),
      scope: { type: 'changes', since: '2026-13-01' },
    };
    expect(refusal(toText(badSince))).toMatchObject({
      code: 'invalidEnvelope',
      field: 'scope.since',
    });
    const badSource = { ...rawDocument(tree.commune), source: { unitId: 'CB01' } };
    expect(refusal(toText(badSource))).toMatchObject({
      code: 'invalidEnvelope',
      field: 'source.unitId',
      received: 'CB01',
      expected: 'exchange.expected.uuid',
    });
  });
});

describe('parseExchange: refusals of a record, each with its message', () => {
  it('one invalid record deep inside: file, array, index, id, field, expected, found', () => {
    const raw = withPeople(1300, (person, index) => {
      if (index === 1204) person.birthDate = '1999-02-30';
    });
    const id = (raw.people[1204] as { id: string }).id;
    expect(refusal(toText(raw))).toEqual({
      code: 'invalidRecord',
      file: FILE,
      array: 'people',
      index: 1204,
      id,
      field: 'birthDate',
      expected: 'exchange.expected.date',
      received: '1999-02-30',
    });
    expect(message(toText(raw))).toBe(
      `Tệp “don-vi-a.ptdv.json” bị từ chối: bản ghi people[1204] (id ${id}) — trường “birthDate”: cần một ngày dạng YYYY-MM-DD, nhận được “1999-02-30”.`,
    );
  });

  it('a missing required field, an enum, a milestone, a code list, a rule between fields', () => {
    const missing = withPeople(2, (person, index) => {
      if (index === 1) delete person.gender;
    });
    const id = (missing.people[1] as { id: string }).id;
    expect(message(toText(missing))).toBe(
      `Tệp “don-vi-a.ptdv.json” bị từ chối: bản ghi people[1] (id ${id}) — trường “gender”: cần một trong các giá trị female, male, nhưng trường này bị thiếu.`,
    );
    const occupation = withPeople(1, (person) => {
      person.occupation = 'student';
    });
    expect(refusal(toText(occupation))).toMatchObject({
      field: 'occupation',
      expected: 'exchange.expected.enum',
      received: 'student',
      params: {
        allowed:
          'high_school_student, university_student, worker, enterprise_manager, farmer, civil_servant, armed_forces, self_employed, other',
      },
    });
    const milestone = withPeople(1, (person) => {
      (person.milestones as Record<string, unknown>).admittedOn = '28/02/2026';
    });
    expect(refusal(toText(milestone))).toMatchObject({
      field: 'milestones.admittedOn',
      expected: 'exchange.expected.dateOrNull',
      received: '28/02/2026',
    });
    const ethnicity = withPeople(1, (person) => {
      person.ethnicity = 'Kinh tế';
    });
    expect(message(toText(ethnicity))).toContain(
      '— trường “ethnicity”: cần tên một trong 54 dân tộc theo danh mục (ví dụ Kinh, Tày, Khơ-me, HMông) hoặc một tên gọi khác được chấp nhận, nhận được “Kinh tế”.',
    );
    const klass = buildClass({
      unitId: tree.commune.id,
      startOn: '2026-03-10',
      endOn: '2026-03-02',
    });
    const classes = rawDocument(tree.commune, { units: [tree.commune], classes: [klass] });
    expect(message(toText(classes))).toBe(
      `Tệp “don-vi-a.ptdv.json” bị từ chối: bản ghi classes[0] (id ${klass.id}) — trường “endOn”: cần một ngày dạng YYYY-MM-DD không trước ngày bắt đầu (startOn), nhận được “2026-03-02”.`,
    );
    const target = buildTarget({ unitId: tree.commune.id, admissions: -3 });
    const targets = rawDocument(tree.commune, { units: [tree.commune], targets: [target] });
    expect(refusal(toText(targets))).toMatchObject({
      array: 'targets',
      field: 'admissions',
      expected: 'exchange.expected.count',
      received: '-3',
    });
  });

  it('a record that is not an object, and a tombstone of an unknown type', () => {
    const raw = rawDocument(tree.commune, { units: ['CB01' as never] });
    expect(message(toText(raw))).toBe(
      'Tệp “don-vi-a.ptdv.json” bị từ chối: bản ghi units[0]: cần một đối tượng JSON (một bản ghi), nhận được “CB01”.',
    );
    const tomb = rawDocument(tree.commune, {
      deleted: [{ type: 'people', id: tree.cellA.id, deletedAt: '2026-01-01T00:00:00Z' } as never],
    });
    expect(refusal(toText(tomb))).toMatchObject({
      code: 'invalidRecord',
      array: 'deleted',
      index: 0,
      field: 'type',
      params: { allowed: 'unit, person, class, target, memberCount, place, placeFigure' },
    });
  });

  it('two records with one id', () => {
    const person = buildPerson({ unitId: tree.cellA.id });
    const raw = rawDocument(tree.commune, {
      units: [tree.cellA],
      people: [person, buildPerson({ unitId: tree.cellA.id }), { ...person, fullName: 'Lê Văn B' }],
    });
    expect(refusal(toText(raw))).toMatchObject({
      code: 'duplicateId',
      array: 'people',
      index: 2,
      id: person.id,
    });
    expect(message(toText(raw))).toBe(
      `Tệp “don-vi-a.ptdv.json” bị từ chối: bản ghi people[2] (id ${person.id}) trùng id với bản ghi people[0]: mỗi bản ghi phải có id riêng.`,
    );
  });
});

describe('messages of the sealed-file refusals', () => {
  it('name the file and say what to do', () => {
    const sealed = (code: ImportErrorData['code'], params?: ImportErrorData['params']) =>
      importErrorMessage({ code, file: 'x.sealed.ptdv.json', ...(params ? { params } : {}) }, vi);
    expect(sealed('sealedNoKey')).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: đây là tệp đã mã hóa gửi Tỉnh ủy, nhưng máy này chưa có khóa bí mật của Tỉnh ủy để mở. Hãy tạo khóa hoặc khôi phục khóa từ bản sao lưu.',
    );
    expect(sealed('sealedTampered')).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: tệp đã mã hóa bị sửa đổi hoặc hư hỏng sau khi đơn vị ký (chữ ký hoặc nội dung không khớp). Không nhập tệp này; hãy đề nghị đơn vị gửi lại.',
    );
    expect(sealed('sealedWrongSigner', { unitId: 'u1', unitName: 'Chi bộ thôn Đồng Tâm' })).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: tệp được ký bằng một khóa khác với khóa đã biết của đơn vị gửi “Chi bộ thôn Đồng Tâm”. Có thể tệp bị giả mạo, hoặc đơn vị đã cài lại máy: hãy xác minh với đơn vị trước khi nhập.',
    );
    expect(sealed('sealedNotForUs')).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: tệp được mã hóa cho một khóa khác, không phải khóa của Tỉnh ủy trên máy này.',
    );
    expect(sealed('unreadable')).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: không đọc được tệp từ ổ đĩa. Hãy chép tệp vào máy rồi chọn lại.',
    );
    expect(sealed('notUtf8')).toBe(
      'Tệp “x.sealed.ptdv.json” bị từ chối: tệp không phải văn bản UTF-8 (có thể là tệp Excel, Word hoặc tệp nén). Hãy chọn tệp .ptdv.json do phần mềm xuất ra.',
    );
  });
});

describe('looksTruncated', () => {
  it('tells a cut file from a broken one', () => {
    expect(looksTruncated('{"a": [1, 2')).toBe(true);
    expect(looksTruncated('{"a": "x\\"')).toBe(true);
    expect(looksTruncated('{"a": 1}}')).toBe(false);
    expect(looksTruncated('hello')).toBe(false);
  });
});
