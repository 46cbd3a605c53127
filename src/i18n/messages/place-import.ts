import type { Area } from './types';

const vi = {
  'placeImport.title': 'Nhập địa bàn từ bảng tính',
  'placeImport.description':
    'Thôn, tổ dân phố, trường học, doanh nghiệp mà tỉnh hoặc xã đang theo dõi trong Excel: chọn tệp CSV hoặc XLSX, ghép các cột, xem trước rồi nhập. Tệp chỉ được nhập khi không còn dòng nào bị từ chối.',
  'placeImport.backToPlaces': 'Về danh sách địa bàn',
  'placeImport.steps': 'Các bước nhập',
  'placeImport.step.file': 'Chọn tệp',
  'placeImport.step.map': 'Ghép cột',
  'placeImport.step.preview': 'Xem trước',
  'placeImport.step.done': 'Hoàn tất',
  'placeImport.stepOf': 'Bước {number}/4: {name}',

  'placeImport.noUnits.title': 'Chưa có đơn vị nào',
  'placeImport.noUnits.text':
    'Mỗi địa bàn thuộc một tổ chức đảng. Hãy thêm các đơn vị trước, rồi quay lại nhập danh sách địa bàn.',
  'placeImport.noUnits.action': 'Thêm đơn vị',

  'placeImport.file.explain':
    'Tệp CSV (UTF-8; phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab) hoặc sổ làm việc Excel .xlsx. Mỗi dòng là một thôn, tổ dân phố, trường hoặc doanh nghiệp; một dòng phía trên ghi tên các cột.',
  'placeImport.file.choose': 'Chọn tệp CSV hoặc Excel',
  'placeImport.file.drop': 'hoặc kéo thả tệp vào đây',
  'placeImport.file.dropActive': 'Thả tệp vào đây để đọc',
  'placeImport.file.phase.read': 'Đang đọc tệp {file}…',
  'placeImport.file.phase.parse': 'Đang phân tích {file}…',
  'placeImport.file.progressLabel': 'Tiến độ đọc tệp {file}',
  'placeImport.file.error.unreadable':
    'Không đọc được tệp “{file}” (tệp đã bị di chuyển hoặc xóa?). Hãy chọn lại.',
  'placeImport.file.error.tooLarge':
    'Tệp “{file}” quá lớn (trên 30 MB) để là một danh sách địa bàn.',
  'placeImport.file.error.unsupported':
    'Không nhập được tệp “{file}”: chỉ nhận tệp .csv hoặc .xlsx (tệp này là .{extension}).',
  'placeImport.file.error.xls':
    'Tệp “{file}” là Excel 97–2003 (.xls), chưa đọc được. Trong Excel chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi chọn tệp mới.',
  'placeImport.file.error.notXlsx':
    'Tệp “{file}” không phải sổ làm việc Excel .xlsx hợp lệ (tệp hỏng, hoặc định dạng khác).',
  'placeImport.file.error.notUtf8':
    'Tệp CSV “{file}” không ở mã UTF-8: có lẽ Excel đã lưu theo bảng mã của Windows, làm hỏng chữ có dấu. Trong Excel chọn Lưu thành → “CSV UTF-8 (phân cách bằng dấu phẩy)” hoặc lưu thành .xlsx, rồi chọn lại.',
  'placeImport.file.error.binary': 'Tệp “{file}” không phải tệp văn bản CSV.',
  'placeImport.file.error.unclosedQuote':
    'Tệp CSV “{file}”: dấu ngoặc kép mở ở dòng {line} không được đóng, nên không biết ô ấy kết thúc ở đâu. Sửa dòng {line} rồi chọn lại.',
  'placeImport.file.error.empty': 'Tệp “{file}” không có dữ liệu.',
  'placeImport.file.error.other': 'Không đọc được tệp “{file}”: {message}',

  'placeImport.map.fileSummary': '{file}: {rows} dòng, {columns} cột.',
  'placeImport.map.chooseOther': 'Chọn tệp khác',
  'placeImport.map.sheet': 'Trang tính',
  'placeImport.map.headerLine': 'Dòng tiêu đề',
  'placeImport.map.headerLineHint':
    'Số thứ tự của dòng ghi tên các cột (như Excel đánh số); dữ liệu là các dòng bên dưới.',
  'placeImport.map.headerLineInvalid': 'Dòng tiêu đề phải là một số từ 1 đến {max}.',
  'placeImport.map.year': 'Năm của số liệu',
  'placeImport.map.yearHint':
    'Các cột số liệu (số hộ, học sinh lớp 12, công nhân, đảng viên, tổ chức đảng, công đoàn) được ghi là số liệu của năm này.',
  'placeImport.map.yearInvalid': 'Năm phải là một số từ 1930 đến 2200.',
  'placeImport.map.placeFields': 'Thông tin địa bàn',
  'placeImport.map.figureFields': 'Số liệu năm {year} (không bắt buộc)',
  'placeImport.map.suggested':
    'Các cột đã được gợi ý theo tên tiêu đề của tệp. Hãy kiểm tra lại trước khi xem trước.',
  'placeImport.map.noColumn': '— Không nhập —',
  'placeImport.map.chooseColumn': '— Chọn —',
  'placeImport.map.column': 'Cột {letter}: {header}',
  'placeImport.map.columnBare': 'Cột {letter}',
  'placeImport.map.columnsGroup': 'Lấy từ cột của tệp',
  'placeImport.map.wholeFileGroup': 'Cùng một giá trị cho cả tệp',
  'placeImport.map.wholeFile': 'Cả tệp: {value}',
  'placeImport.map.required.name': 'Chọn cột ghi tên địa bàn.',
  'placeImport.map.required.kind': 'Chọn cột ghi loại địa bàn, hoặc một loại cho cả tệp.',
  'placeImport.map.required.unit': 'Chọn cột ghi đơn vị, hoặc một đơn vị cho cả tệp.',
  'placeImport.map.requiredNote': 'Bắt buộc: {fields}.',
  'placeImport.map.sample': 'Các dòng đầu của tệp, theo cách ghép cột đã chọn',
  'placeImport.map.line': 'Dòng',
  'placeImport.map.valuesTitle': 'Các giá trị được chấp nhận',
  'placeImport.map.values.kind':
    'Loại: Thôn, Bản, Ấp, Buôn, Làng, Tổ dân phố, Khu phố…; Trường, THPT; Doanh nghiệp, Công ty (hoặc tiếng Anh).',
  'placeImport.map.values.unit': 'Đơn vị: mã hoặc tên tổ chức đảng, như trong “Đơn vị”.',
  'placeImport.map.values.sector':
    'Khu vực: ngoài nhà nước; FDI (có vốn đầu tư nước ngoài); nhà nước.',
  'placeImport.map.values.organisation':
    'Tổ chức đảng: riêng, ghép, chưa có (hoặc có, không). Công đoàn: có, không.',
  'placeImport.map.values.numbers':
    'Số: số nguyên không âm, như 1234, 1.234 hoặc 1,234. Ngày: dd/mm/yyyy.',
  'placeImport.map.values.empty':
    'Ô để trống giữ nguyên giá trị đã có trên máy: nhập tệp chỉ thêm và sửa, không xóa.',
  'placeImport.map.preview': 'Xem trước',

  'placeImport.field.name': 'Tên địa bàn',
  'placeImport.field.kind': 'Loại địa bàn',
  'placeImport.field.unit': 'Đơn vị phụ trách',
  'placeImport.field.code': 'Mã (mã số thuế, mã trường)',
  'placeImport.field.enterpriseSector': 'Khu vực doanh nghiệp',
  'placeImport.field.openedOn': 'Ngày thành lập',
  'placeImport.field.households': 'Số hộ',
  'placeImport.field.grade12Students': 'Số học sinh lớp 12',
  'placeImport.field.workers': 'Số công nhân, lao động',
  'placeImport.field.partyMembers': 'Số đảng viên',
  'placeImport.field.partyOrganisation': 'Tổ chức đảng (riêng, ghép, chưa có)',
  'placeImport.field.tradeUnion': 'Công đoàn cơ sở',

  'placeImport.short.name': 'tên',
  'placeImport.short.kind': 'loại',
  'placeImport.short.unit': 'đơn vị',
  'placeImport.short.code': 'mã',
  'placeImport.short.enterpriseSector': 'khu vực',
  'placeImport.short.openedOn': 'ngày thành lập',
  'placeImport.short.households': 'số hộ',
  'placeImport.short.grade12Students': 'số học sinh lớp 12',
  'placeImport.short.workers': 'số công nhân',
  'placeImport.short.partyMembers': 'số đảng viên',
  'placeImport.short.partyOrganisation': 'tổ chức đảng',
  'placeImport.short.tradeUnion': 'công đoàn',

  'placeImport.kind.residential': 'Thôn, tổ dân phố',
  'placeImport.kind.school': 'Trường học',
  'placeImport.kind.enterprise': 'Doanh nghiệp',

  'placeImport.preview.planning': 'Đang kiểm tra dòng {done}/{total}…',
  'placeImport.preview.planningLabel': 'Tiến độ kiểm tra các dòng',
  'placeImport.preview.count.create': 'Tạo mới',
  'placeImport.preview.count.update': 'Cập nhật',
  'placeImport.preview.count.unchanged': 'Không đổi',
  'placeImport.preview.count.refused': 'Bị từ chối',
  'placeImport.preview.figures': 'Số liệu năm {year} được ghi cho {count} địa bàn.',
  'placeImport.preview.refusedSummary':
    'Chưa nhập gì: {count} dòng bị từ chối. Sửa các dòng này trong tệp rồi chọn lại tệp: tệp chỉ được nhập khi mọi dòng đều hợp lệ.',
  'placeImport.preview.refusedHeading': 'Các dòng bị từ chối',
  'placeImport.preview.refusedLine': 'Dòng {line}: {reasons}',
  'placeImport.preview.more': '… và {count} dòng khác.',
  'placeImport.preview.nothingNew':
    'Tệp không có gì mới: mọi địa bàn trên máy đã đúng như trong tệp.',
  'placeImport.preview.nothing': 'Không có dòng dữ liệu nào bên dưới dòng tiêu đề {line}.',
  'placeImport.preview.rowsHeading': 'Các dòng sẽ được nhập',
  'placeImport.preview.validHeading': 'Các dòng hợp lệ (được nhập khi tệp hết dòng bị từ chối)',
  'placeImport.preview.col.line': 'Dòng',
  'placeImport.preview.col.name': 'Tên địa bàn',
  'placeImport.preview.col.kind': 'Loại',
  'placeImport.preview.col.unit': 'Đơn vị',
  'placeImport.preview.col.action': 'Việc sẽ làm',
  'placeImport.preview.action.create': 'Tạo mới',
  'placeImport.preview.action.update': 'Cập nhật: {fields}',
  'placeImport.preview.action.unchanged': 'Không đổi',
  'placeImport.preview.import': 'Nhập {count} địa bàn',
  'placeImport.preview.backToMap': 'Quay lại ghép cột',
  'placeImport.preview.writing': 'Đang ghi {done}/{total} bản ghi…',
  'placeImport.preview.writingLabel': 'Tiến độ ghi vào máy',
  'placeImport.preview.failed.conflict':
    'Chưa nhập gì: “{name}” vừa được sửa ở thẻ khác ({fields}). Hãy xem trước lại để nhập theo dữ liệu mới.',
  'placeImport.preview.failed.deleted':
    'Chưa nhập gì: “{name}” vừa bị xóa ở thẻ khác. Hãy xem trước lại.',
  'placeImport.preview.failed.unknownUnit':
    'Chưa nhập gì: đơn vị của “{name}” không còn trên máy này. Hãy xem trước lại.',

  'placeImport.problem.nameMissing': 'thiếu tên địa bàn',
  'placeImport.problem.totalRow':
    'dòng tổng cộng (“{value}”), không phải một địa bàn: xóa dòng này khỏi tệp',
  'placeImport.problem.kindMissing': 'thiếu loại địa bàn',
  'placeImport.problem.kindUnknown':
    'loại địa bàn “{value}” không rõ (Thôn, Tổ dân phố, Trường, Doanh nghiệp…)',
  'placeImport.problem.unitMissing': 'thiếu đơn vị',
  'placeImport.problem.unitNotFound': 'không tìm thấy đơn vị có mã hoặc tên ‘{value}’',
  'placeImport.problem.unitAmbiguous':
    'có {count} đơn vị cùng tên ‘{value}’: hãy ghi mã đơn vị thay cho tên',
  'placeImport.problem.unitClosed': 'đơn vị ‘{value}’ đã giải thể hoặc sáp nhập',
  'placeImport.problem.sectorUnknown': 'khu vực “{value}” không rõ (ngoài nhà nước, FDI, nhà nước)',
  'placeImport.problem.sectorNotEnterprise': 'chỉ doanh nghiệp mới có khu vực (“{value}”)',
  'placeImport.problem.dayInvalid': 'ngày thành lập “{value}” không hợp lệ (dd/mm/yyyy)',
  'placeImport.problem.countInvalid': '{field} phải là số nguyên không âm (“{value}”)',
  'placeImport.problem.organisationUnknown':
    'tổ chức đảng “{value}” không rõ (riêng, ghép, chưa có)',
  'placeImport.problem.yesNoUnknown': 'công đoàn “{value}” không rõ (có, không)',
  'placeImport.problem.textInvalid': '{field} “{value}” không phải chữ',
  'placeImport.problem.duplicateRow': 'trùng địa bàn với dòng {line}',
  'placeImport.problem.placeOutOfScope':
    'mã trùng với “{name}” của {unit}, ngoài phạm vi của máy này',
  'placeImport.problem.nameAmbiguous':
    'đơn vị có {count} địa bàn cùng tên: hãy ghi thêm mã để phân biệt',

  'placeImport.done.heading': 'Đã nhập danh sách địa bàn',
  'placeImport.done.summary':
    'Từ tệp {file}: {created} địa bàn mới, {updated} cập nhật, {unchanged} không đổi.',
  'placeImport.done.figures': 'Số liệu năm {year} đã được ghi cho {count} địa bàn.',
  'placeImport.done.another': 'Nhập tệp khác',
};

export const placeImport: Area<keyof typeof vi> = {
  vi,
  en: {
    'placeImport.title': 'Import places from a spreadsheet',
    'placeImport.description':
      'The hamlets, residential groups, schools and enterprises a province or commune keeps in Excel: choose a CSV or XLSX file, map its columns, preview, then import. The file is imported only when no line is refused.',
    'placeImport.backToPlaces': 'Back to places',
    'placeImport.steps': 'Import steps',
    'placeImport.step.file': 'Choose a file',
    'placeImport.step.map': 'Map the columns',
    'placeImport.step.preview': 'Preview',
    'placeImport.step.done': 'Done',
    'placeImport.stepOf': 'Step {number} of 4: {name}',

    'placeImport.noUnits.title': 'No units yet',
    'placeImport.noUnits.text':
      'Each place belongs to a party unit. Add the units first, then come back to import the list of places.',
    'placeImport.noUnits.action': 'Add units',

    'placeImport.file.explain':
      'A CSV file (UTF-8; separated by commas, semicolons or tabs) or an Excel .xlsx workbook. Each line is a hamlet, residential group, school or enterprise; a line above them names the columns.',
    'placeImport.file.choose': 'Choose a CSV or Excel file',
    'placeImport.file.drop': 'or drop the file here',
    'placeImport.file.dropActive': 'Drop the file here to read it',
    'placeImport.file.phase.read': 'Reading {file}…',
    'placeImport.file.phase.parse': 'Analysing {file}…',
    'placeImport.file.progressLabel': 'Progress reading {file}',
    'placeImport.file.error.unreadable':
      'The file “{file}” could not be read (moved or deleted?). Choose it again.',
    'placeImport.file.error.tooLarge':
      'The file “{file}” is too large (over 30 MB) for a list of places.',
    'placeImport.file.error.unsupported':
      'The file “{file}” cannot be imported: only .csv and .xlsx files are (this one is .{extension}).',
    'placeImport.file.error.xls':
      'The file “{file}” is an Excel 97–2003 workbook (.xls), which cannot be read. In Excel choose File → Save As → “Excel Workbook (*.xlsx)”, then choose the new file.',
    'placeImport.file.error.notXlsx':
      'The file “{file}” is not a valid Excel .xlsx workbook (damaged, or another format).',
    'placeImport.file.error.notUtf8':
      'The CSV file “{file}” is not in UTF-8: Excel probably saved it in a Windows code page, which breaks Vietnamese letters. In Excel choose Save As → “CSV UTF-8 (Comma delimited)” or save it as .xlsx, then choose it again.',
    'placeImport.file.error.binary': 'The file “{file}” is not a CSV text file.',
    'placeImport.file.error.unclosedQuote':
      'CSV file “{file}”: the double quote opened on line {line} is never closed, so where that cell ends is unknown. Fix line {line} and choose the file again.',
    'placeImport.file.error.empty': 'The file “{file}” holds no data.',
    'placeImport.file.error.other': 'The file “{file}” could not be read: {message}',

    'placeImport.map.fileSummary': {
      by: 'rows',
      one: '{file}: {rows} line, {columns} columns.',
      other: '{file}: {rows} lines, {columns} columns.',
    },
    'placeImport.map.chooseOther': 'Choose another file',
    'placeImport.map.sheet': 'Sheet',
    'placeImport.map.headerLine': 'Header line',
    'placeImport.map.headerLineHint':
      'The number of the line naming the columns (as Excel numbers lines); the data are the lines below it.',
    'placeImport.map.headerLineInvalid': 'The header line must be a number from 1 to {max}.',
    'placeImport.map.year': 'Year of the figures',
    'placeImport.map.yearHint':
      'The figure columns (households, grade-12 students, workers, party members, party organisation, trade union) are stored as this year’s figures.',
    'placeImport.map.yearInvalid': 'The year must be a number from 1930 to 2200.',
    'placeImport.map.placeFields': 'The place',
    'placeImport.map.figureFields': 'Figures for {year} (optional)',
    'placeImport.map.suggested':
      'The columns were suggested from the file’s headers. Check them before the preview.',
    'placeImport.map.noColumn': '— Not imported —',
    'placeImport.map.chooseColumn': '— Choose —',
    'placeImport.map.column': 'Column {letter}: {header}',
    'placeImport.map.columnBare': 'Column {letter}',
    'placeImport.map.columnsGroup': 'From a column of the file',
    'placeImport.map.wholeFileGroup': 'One value for the whole file',
    'placeImport.map.wholeFile': 'Whole file: {value}',
    'placeImport.map.required.name': 'Choose the column with the place’s name.',
    'placeImport.map.required.kind':
      'Choose the column with the kind of place, or one kind for the whole file.',
    'placeImport.map.required.unit':
      'Choose the column with the unit, or one unit for the whole file.',
    'placeImport.map.requiredNote': 'Required: {fields}.',
    'placeImport.map.sample': 'The first lines of the file, as mapped',
    'placeImport.map.line': 'Line',
    'placeImport.map.valuesTitle': 'Values accepted',
    'placeImport.map.values.kind':
      'Kind: Thôn, Bản, Ấp, Buôn, Làng, Tổ dân phố, Khu phố…; Trường, THPT; Doanh nghiệp, Công ty (or in English).',
    'placeImport.map.values.unit': 'Unit: the party unit’s code or name, as in “Units”.',
    'placeImport.map.values.sector':
      'Sector: non-state (ngoài nhà nước); FDI (có vốn đầu tư nước ngoài); state (nhà nước).',
    'placeImport.map.values.organisation':
      'Party organisation: own, shared, none (riêng, ghép, chưa có; or yes/no). Trade union: yes, no.',
    'placeImport.map.values.numbers':
      'Numbers: whole numbers, 0 or more, such as 1234, 1.234 or 1,234. Dates: dd/mm/yyyy.',
    'placeImport.map.values.empty':
      'An empty cell keeps the value already on this computer: an import adds and corrects, it never erases.',
    'placeImport.map.preview': 'Preview',

    'placeImport.field.name': 'Place name',
    'placeImport.field.kind': 'Kind of place',
    'placeImport.field.unit': 'Unit in charge',
    'placeImport.field.code': 'Code (tax code, school code)',
    'placeImport.field.enterpriseSector': 'Enterprise sector',
    'placeImport.field.openedOn': 'Founded on',
    'placeImport.field.households': 'Households',
    'placeImport.field.grade12Students': 'Grade-12 students',
    'placeImport.field.workers': 'Workers',
    'placeImport.field.partyMembers': 'Party members',
    'placeImport.field.partyOrganisation': 'Party organisation (own, shared, none)',
    'placeImport.field.tradeUnion': 'Trade union',

    'placeImport.short.name': 'name',
    'placeImport.short.kind': 'kind',
    'placeImport.short.unit': 'unit',
    'placeImport.short.code': 'code',
    'placeImport.short.enterpriseSector': 'sector',
    'placeImport.short.openedOn': 'founded on',
    'placeImport.short.households': 'households',
    'placeImport.short.grade12Students': 'grade-12 students',
    'placeImport.short.workers': 'workers',
    'placeImport.short.partyMembers': 'party members',
    'placeImport.short.partyOrganisation': 'party organisation',
    'placeImport.short.tradeUnion': 'trade union',

    'placeImport.kind.residential': 'Hamlet, residential group',
    'placeImport.kind.school': 'School',
    'placeImport.kind.enterprise': 'Enterprise',

    'placeImport.preview.planning': 'Checking line {done} of {total}…',
    'placeImport.preview.planningLabel': 'Progress checking the lines',
    'placeImport.preview.count.create': 'New',
    'placeImport.preview.count.update': 'Updated',
    'placeImport.preview.count.unchanged': 'Unchanged',
    'placeImport.preview.count.refused': 'Refused',
    'placeImport.preview.figures': {
      one: 'Figures for {year} are written for {count} place.',
      other: 'Figures for {year} are written for {count} places.',
    },
    'placeImport.preview.refusedSummary': {
      one: 'Nothing imported: {count} line is refused. Fix it in the file and choose the file again: a file is imported only when every line is valid.',
      other:
        'Nothing imported: {count} lines are refused. Fix them in the file and choose the file again: a file is imported only when every line is valid.',
    },
    'placeImport.preview.refusedHeading': 'Refused lines',
    'placeImport.preview.refusedLine': 'Line {line}: {reasons}',
    'placeImport.preview.more': {
      one: '… and {count} more line.',
      other: '… and {count} more lines.',
    },
    'placeImport.preview.nothingNew':
      'Nothing new in the file: every place on this computer is already as the file says.',
    'placeImport.preview.nothing': 'No data lines below header line {line}.',
    'placeImport.preview.rowsHeading': 'Lines to import',
    'placeImport.preview.validHeading': 'Valid lines (imported once no line is refused)',
    'placeImport.preview.col.line': 'Line',
    'placeImport.preview.col.name': 'Place name',
    'placeImport.preview.col.kind': 'Kind',
    'placeImport.preview.col.unit': 'Unit',
    'placeImport.preview.col.action': 'What happens',
    'placeImport.preview.action.create': 'New',
    'placeImport.preview.action.update': 'Update: {fields}',
    'placeImport.preview.action.unchanged': 'Unchanged',
    'placeImport.preview.import': {
      one: 'Import {count} place',
      other: 'Import {count} places',
    },
    'placeImport.preview.backToMap': 'Back to the mapping',
    'placeImport.preview.writing': 'Writing record {done} of {total}…',
    'placeImport.preview.writingLabel': 'Progress writing to this computer',
    'placeImport.preview.failed.conflict':
      'Nothing imported: “{name}” was just changed in another tab ({fields}). Preview again to import over the new data.',
    'placeImport.preview.failed.deleted':
      'Nothing imported: “{name}” was just deleted in another tab. Preview again.',
    'placeImport.preview.failed.unknownUnit':
      'Nothing imported: the unit of “{name}” is no longer on this computer. Preview again.',

    'placeImport.problem.nameMissing': 'the place’s name is missing',
    'placeImport.problem.totalRow':
      'a total line (“{value}”), not a place: remove this line from the file',
    'placeImport.problem.kindMissing': 'the kind of place is missing',
    'placeImport.problem.kindUnknown':
      'unknown kind of place “{value}” (Thôn, Tổ dân phố, Trường, Doanh nghiệp…)',
    'placeImport.problem.unitMissing': 'the unit is missing',
    'placeImport.problem.unitNotFound': 'no unit has the code or name ‘{value}’',
    'placeImport.problem.unitAmbiguous':
      '{count} units are named ‘{value}’: write the unit’s code instead',
    'placeImport.problem.unitClosed': 'the unit ‘{value}’ was dissolved or merged',
    'placeImport.problem.sectorUnknown': 'unknown sector “{value}” (non-state, FDI, state)',
    'placeImport.problem.sectorNotEnterprise': 'only an enterprise has a sector (“{value}”)',
    'placeImport.problem.dayInvalid': 'the founding date “{value}” is not valid (dd/mm/yyyy)',
    'placeImport.problem.countInvalid': '{field} must be a whole number, 0 or more (“{value}”)',
    'placeImport.problem.organisationUnknown':
      'unknown party organisation “{value}” (own, shared, none)',
    'placeImport.problem.yesNoUnknown': 'trade union “{value}” is not yes or no',
    'placeImport.problem.textInvalid': '{field} “{value}” is not text',
    'placeImport.problem.duplicateRow': 'the same place as line {line}',
    'placeImport.problem.placeOutOfScope':
      'the code is that of “{name}” of {unit}, outside this computer’s scope',
    'placeImport.problem.nameAmbiguous':
      'the unit has {count} places of this name: add their codes to tell them apart',

    'placeImport.done.heading': 'The list of places is imported',
    'placeImport.done.summary':
      'From {file}: {created} new places, {updated} updated, {unchanged} unchanged.',
    'placeImport.done.figures': {
      one: 'Figures for {year} were written for {count} place.',
      other: 'Figures for {year} were written for {count} places.',
    },
    'placeImport.done.another': 'Import another file',
  },
};
