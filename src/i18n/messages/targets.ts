import type { Area } from './types';

const vi = {
  'targets.title': 'Chỉ tiêu & số đảng viên',
  'targets.description':
    'Chỉ tiêu kết nạp đảng viên được giao và số đảng viên đầu năm của từng tổ chức đảng.',
  'targets.span.single': 'Năm {year}',
  'targets.span.range': 'Giai đoạn {from}–{to}',
  'targets.span.singleInline': 'năm {year}',
  'targets.span.rangeInline': 'giai đoạn {from}–{to}',
  'targets.progressLabel': 'Tiến độ thực hiện chỉ tiêu của {unit}, {span}',
  'targets.form.unitChoose': '— Chọn tổ chức đảng —',
  'targets.form.unitRequired': 'Vui lòng chọn tổ chức đảng.',
  'targets.form.admissions': 'Chỉ tiêu kết nạp (người)',
  'targets.form.toYearHint': 'Để trống nếu chỉ tiêu cho một năm.',
  'targets.form.document': 'Văn bản giao chỉ tiêu',
  'targets.form.documentHint': 'Ví dụ: Công văn 861-CV/TU ngày 18/11/2022',
  'targets.quotas.heading': 'Chỉ tiêu kết nạp đảng viên',
  'targets.quotas.intro':
    'Số đã kết nạp tính theo ngày vào Đảng (lễ kết nạp) trong giai đoạn, ở tổ chức đảng được giao và các tổ chức trực thuộc.',
  'targets.quotas.add': 'Thêm chỉ tiêu',
  'targets.quotas.newTitle': 'Thêm chỉ tiêu kết nạp',
  'targets.quotas.editTitle': 'Sửa chỉ tiêu kết nạp',
  'targets.quotas.save': 'Lưu chỉ tiêu',
  'targets.quotas.saved': 'Đã lưu chỉ tiêu kết nạp {count} đảng viên của {unit}, {span}.',
  'targets.quotas.editNamed': 'Sửa chỉ tiêu của {unit}, {span}',
  'targets.quotas.deleteNamed': 'Xóa chỉ tiêu của {unit}, {span}',
  'targets.quotas.emptyTitle': 'Chưa có chỉ tiêu kết nạp nào',
  'targets.quotas.emptyBody':
    'Nhập chỉ tiêu theo văn bản cấp trên giao, cho một năm hoặc cả giai đoạn (ví dụ 2023–2025), để theo dõi tiến độ kết nạp.',
  'targets.delete.confirm': 'Xóa chỉ tiêu của {unit}, {span}? Thao tác không thể hoàn tác.',
  'targets.delete.done': 'Đã xóa chỉ tiêu của {unit}, {span}.',
  'targets.col.quota': 'Chỉ tiêu',
  'targets.col.admitted': 'Đã kết nạp',
  'targets.col.progress': 'Tỷ lệ hoàn thành',
  'targets.col.document': 'Văn bản giao',
  'targets.col.members': 'Số đảng viên đầu năm',
  'targets.col.admittedInYear': 'Kết nạp trong năm',
  'targets.col.rate': 'Tỷ lệ kết nạp',
  'targets.error.overlappingSpan':
    'Không lưu được: {unit} đã có chỉ tiêu {span}, trùng với giai đoạn vừa nhập. Mỗi năm chỉ thuộc một chỉ tiêu; hãy sửa chỉ tiêu đã có hoặc chọn giai đoạn khác.',
  'targets.error.duplicateYear':
    'Không lưu được: {unit} đã có số đảng viên đầu năm {year}. Hãy sửa số đã có thay vì thêm mới.',
  'targets.members.heading': 'Số đảng viên đầu năm',
  'targets.members.intro':
    'Tổng số đảng viên của tổ chức đảng vào đầu năm, dùng để tính tỷ lệ kết nạp (Tỉnh ủy phấn đấu 3–4%).',
  'targets.members.add': 'Thêm số đảng viên',
  'targets.members.newTitle': 'Thêm số đảng viên đầu năm',
  'targets.members.editTitle': 'Sửa số đảng viên đầu năm',
  'targets.members.save': 'Lưu số đảng viên',
  'targets.members.saved': 'Đã lưu: {unit} có {count} đảng viên đầu năm {year}.',
  'targets.members.total': 'Tổng số đảng viên',
  'targets.members.totalHint': 'Tính đến ngày 01/01 của năm.',
  'targets.members.editNamed': 'Sửa số đảng viên của {unit} năm {year}',
  'targets.members.deleteNamed': 'Xóa số đảng viên của {unit} năm {year}',
  'targets.members.deleteConfirm':
    'Xóa số đảng viên đầu năm {year} của {unit}? Thao tác không thể hoàn tác.',
  'targets.members.deleted': 'Đã xóa số đảng viên đầu năm {year} của {unit}.',
  'targets.members.emptyTitle': 'Chưa có số đảng viên đầu năm',
  'targets.members.emptyBody':
    'Nhập tổng số đảng viên của đơn vị vào đầu mỗi năm để tính tỷ lệ kết nạp so với số đảng viên.',
};

export const targets: Area<keyof typeof vi> = {
  vi,
  en: {
    'targets.title': 'Quotas & member counts',
    'targets.description':
      'Admission quotas assigned to each party unit and its number of members at the start of each year.',
    'targets.span.single': 'Year {year}',
    'targets.span.range': 'Period {from}–{to}',
    'targets.span.singleInline': '{year}',
    'targets.span.rangeInline': '{from}–{to}',
    'targets.progressLabel': 'Progress of the quota of {unit}, {span}',
    'targets.form.unitChoose': '— Choose a party unit —',
    'targets.form.unitRequired': 'Please choose a party unit.',
    'targets.form.admissions': 'Admission quota (people)',
    'targets.form.toYearHint': 'Leave empty for a single year.',
    'targets.form.document': 'Assigning document',
    'targets.form.documentHint': 'e.g. Công văn 861-CV/TU ngày 18/11/2022',
    'targets.quotas.heading': 'Admission quotas',
    'targets.quotas.intro':
      'Admissions count by admission ceremony date within the period, in the unit and every unit below it.',
    'targets.quotas.add': 'Add quota',
    'targets.quotas.newTitle': 'Add an admission quota',
    'targets.quotas.editTitle': 'Edit admission quota',
    'targets.quotas.save': 'Save quota',
    'targets.quotas.saved': {
      one: 'Saved a quota of {count} admission for {unit}, {span}.',
      other: 'Saved a quota of {count} admissions for {unit}, {span}.',
    },
    'targets.quotas.editNamed': 'Edit the quota of {unit}, {span}',
    'targets.quotas.deleteNamed': 'Delete the quota of {unit}, {span}',
    'targets.quotas.emptyTitle': 'No admission quotas yet',
    'targets.quotas.emptyBody':
      'Enter the quota assigned by the upper level, for one year or a whole period (e.g. 2023–2025), to follow the progress.',
    'targets.delete.confirm': 'Delete the quota of {unit}, {span}? This cannot be undone.',
    'targets.delete.done': 'Quota of {unit}, {span} deleted.',
    'targets.col.quota': 'Quota',
    'targets.col.admitted': 'Admitted',
    'targets.col.progress': 'Achieved',
    'targets.col.document': 'Document',
    'targets.col.members': 'Members at start of year',
    'targets.col.admittedInYear': 'Admitted in the year',
    'targets.col.rate': 'Admission rate',
    'targets.error.overlappingSpan':
      'Not saved: {unit} already has a quota for {span}, which overlaps the period entered. Each year belongs to one quota; edit the existing quota or choose another period.',
    'targets.error.duplicateYear':
      'Not saved: {unit} already has a member count for {year}. Edit that one instead of adding another.',
    'targets.members.heading': 'Members at the start of the year',
    'targets.members.intro':
      'The total number of party members at the start of the year, the basis of the admission rate (the province aims at 3–4%).',
    'targets.members.add': 'Add member count',
    'targets.members.newTitle': 'Add a member count',
    'targets.members.editTitle': 'Edit member count',
    'targets.members.save': 'Save member count',
    'targets.members.saved': {
      one: 'Saved: {unit} had {count} member at the start of {year}.',
      other: 'Saved: {unit} had {count} members at the start of {year}.',
    },
    'targets.members.total': 'Total members',
    'targets.members.totalHint': 'As of 1 January of the year.',
    'targets.members.editNamed': 'Edit the member count of {unit} for {year}',
    'targets.members.deleteNamed': 'Delete the member count of {unit} for {year}',
    'targets.members.deleteConfirm':
      'Delete the member count of {unit} for {year}? This cannot be undone.',
    'targets.members.deleted': 'Member count of {unit} for {year} deleted.',
    'targets.members.emptyTitle': 'No member counts yet',
    'targets.members.emptyBody':
      'Enter the total number of members of the unit at the start of each year to compute the admission rate.',
  },
};
