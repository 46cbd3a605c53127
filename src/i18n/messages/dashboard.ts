// The leadership dashboard (/dashboard). Preset labels (dashboard.preset.*) belong to the
// indicators' period presets.
import type { Area } from './types';

const vi = {
  'dashboard.title': 'Bảng số liệu',
  'dashboard.description': '{unit} (gồm các tổ chức đảng trực thuộc) · từ {from} đến {to}',
  'dashboard.toReport': 'Xem báo cáo in',
  'dashboard.loadingView': 'Đang tính số liệu cho lựa chọn mới…',
  'dashboard.loadingCharts': 'Đang vẽ biểu đồ…',

  'dashboard.preset.thisYear': 'Năm nay ({year})',
  'dashboard.preset.quarter': 'Quý {roman}/{year}',
  'dashboard.preset.lastYear': 'Năm trước ({year})',
  'dashboard.preset.term': 'Nhiệm kỳ {from}–{to}',
  'dashboard.preset.span': 'Giai đoạn chỉ tiêu {from}–{to}',
  'dashboard.preset.spanYear': 'Chỉ tiêu năm {year}',

  'dashboard.toolbar.label': 'Chọn tổ chức đảng và kỳ số liệu',
  'dashboard.toolbar.preset': 'Chọn nhanh kỳ',
  'dashboard.toolbar.custom': 'Khoảng thời gian tự chọn',
  'dashboard.toolbar.from': 'Từ ngày',
  'dashboard.toolbar.to': 'Đến ngày',
  'dashboard.toolbar.apply': 'Xem số liệu',

  'dashboard.problem.unitUnknown':
    'Không tìm thấy tổ chức đảng có mã “{value}” trong phạm vi dữ liệu của máy này.',
  'dashboard.problem.fromInvalid':
    'Ngày bắt đầu “{value}” trên đường dẫn không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-01-01).',
  'dashboard.problem.toInvalid':
    'Ngày kết thúc “{value}” trên đường dẫn không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-12-31).',
  'dashboard.problem.rangeReversed': 'Khoảng thời gian {value} có ngày bắt đầu sau ngày kết thúc.',
  'dashboard.problem.fallback':
    'Bảng số liệu đang dùng lựa chọn mặc định thay cho giá trị trên; hãy chọn lại ở thanh công cụ.',

  'dashboard.unit.closedOn': '(giải thể/sáp nhập {date})',
  'dashboard.unit.closedNotice':
    '{unit} đã giải thể/sáp nhập ngày {date}; số liệu hiện thuộc về {successor}. Ở đây là số liệu riêng của đơn vị trong thời gian còn hoạt động.',

  'dashboard.rebuild.body':
    'Đang tính lại số liệu tổng hợp sau khi dữ liệu thay đổi: {done}/{total} người…',
  'dashboard.rebuild.label': 'Tiến độ tính lại số liệu tổng hợp',

  'dashboard.empty.noUnits': 'Chưa có tổ chức đảng nào',
  'dashboard.empty.noUnitsBody':
    'Bảng số liệu tổng hợp theo tổ chức đảng. Hãy tạo cây tổ chức đảng trước, hoặc nạp tỉnh mẫu ở mục Cài đặt để xem thử.',
  'dashboard.empty.toUnits': 'Đến trang Tổ chức đảng',
  'dashboard.empty.noPeople':
    'Chưa có quần chúng, đảng viên nào trong phạm vi này nên các số liệu đều bằng 0.',
  'dashboard.empty.addPerson': 'Thêm quần chúng',
  'dashboard.empty.or': 'hoặc',
  'dashboard.empty.demo': 'nạp tỉnh mẫu ở mục Cài đặt để xem thử bảng số liệu.',
  'dashboard.empty.noAdmission':
    'Không có đảng viên mới nào được kết nạp trong kỳ này: các tỷ lệ hiển thị “—”. Hãy chọn kỳ khác ở ô “Chọn nhanh kỳ”, ví dụ nhiệm kỳ hoặc giai đoạn chỉ tiêu.',

  'dashboard.kpi.label': 'Số liệu chính của kỳ',
  'dashboard.kpi.admitted': 'Kết nạp đảng viên mới',
  'dashboard.kpi.admittedHint': 'tính theo ngày lễ kết nạp trong kỳ',
  'dashboard.kpi.youthUnion': 'Là đoàn viên thanh niên',
  'dashboard.kpi.female': 'Là nữ',
  'dashboard.kpi.minority': 'Là người dân tộc thiểu số',
  'dashboard.kpi.religious': 'Là người có đạo',
  'dashboard.kpi.ofAdmitted': '{count} đảng viên mới',
  'dashboard.kpi.quota': 'Đạt chỉ tiêu kết nạp',
  'dashboard.kpi.quotaHint': '{admitted}/{quota} (chỉ tiêu {span})',
  'dashboard.kpi.quotaNone': 'chưa có chỉ tiêu cho kỳ này',
  'dashboard.kpi.rate': 'Tỷ lệ kết nạp',
  'dashboard.kpi.rateHint': 'năm {year}: {admitted} so với {members} đảng viên đầu năm',
  'dashboard.kpi.rateNone': 'chưa nhập số đảng viên đầu năm',
  'dashboard.kpi.overdue': 'Mốc thủ tục quá hạn',
  'dashboard.kpi.overdueHint': 'tính đến hôm nay, chưa thực hiện',

  'dashboard.training.heading': 'Bồi dưỡng',
  'dashboard.training.awarenessClasses': 'Lớp bồi dưỡng nhận thức về Đảng',
  'dashboard.training.awarenessAttendees': 'Quần chúng được bồi dưỡng',
  'dashboard.training.newMemberClasses': 'Lớp bồi dưỡng đảng viên mới',
  'dashboard.training.newMemberAttendees': 'Đảng viên mới được bồi dưỡng',
  'dashboard.training.other': 'Ngoài ra có {classes} lớp khác với {attendees} học viên.',
  'dashboard.training.rule': 'Một lớp được tính khi khai giảng và bế giảng trong kỳ.',

  'dashboard.series.title': 'Kết nạp đảng viên mới theo thời gian',
  'dashboard.series.description': 'Tổng số trong kỳ: {count} đảng viên mới',
  'dashboard.series.by': 'Gộp theo',
  'dashboard.series.monthly': 'Tháng',
  'dashboard.series.quarterly': 'Quý',
  'dashboard.series.yearly': 'Năm',
  'dashboard.series.column.monthly': 'Tháng',
  'dashboard.series.column.quarterly': 'Quý',
  'dashboard.series.column.yearly': 'Năm',
  'dashboard.series.admitted': 'Số kết nạp',
  'dashboard.series.quarterLabel': 'Quý {quarter}/{year}',

  'dashboard.table.category': 'Nhóm',
  'dashboard.table.count': 'Số người',
  'dashboard.table.share': 'Tỷ lệ',
  'dashboard.table.total': 'Tổng cộng',
  'dashboard.table.people': 'Số người',

  'dashboard.structure.heading': 'Cơ cấu đảng viên mới',
  'dashboard.structure.none':
    'Không có đảng viên mới nào trong kỳ nên chưa có số liệu cơ cấu (tỷ lệ đoàn viên, nữ, dân tộc thiểu số, độ tuổi, trình độ).',
  'dashboard.structure.title': 'Tỷ lệ trong số đảng viên mới',
  'dashboard.structure.baseAdmitted': 'Trên tổng số {count} đảng viên mới kết nạp trong kỳ',
  'dashboard.structure.youthUnion': 'Đoàn viên thanh niên',
  'dashboard.structure.female': 'Nữ',
  'dashboard.structure.minority': 'Dân tộc thiểu số',
  'dashboard.structure.religious': 'Người có đạo',
  'dashboard.structure.highSchoolStudent': 'Học sinh',
  'dashboard.structure.universityStudent': 'Sinh viên',
  'dashboard.structure.enterprise': 'Làm việc trong doanh nghiệp',
  'dashboard.age.title': 'Độ tuổi khi kết nạp',
  'dashboard.age.18to30': 'Từ 18 đến 30 tuổi',
  'dashboard.age.31to40': 'Từ 31 đến 40 tuổi',
  'dashboard.age.41to50': 'Từ 41 đến 50 tuổi',
  'dashboard.age.51to60': 'Từ 51 đến 60 tuổi',
  'dashboard.age.other': 'Ngoài 18–60 hoặc chưa rõ',
  'dashboard.education.title': 'Trình độ học vấn, chuyên môn',
  'dashboard.education.unknown': 'Chưa rõ',
  'dashboard.enterprise.title': 'Trong doanh nghiệp: công nhân và quản lý',
  'dashboard.enterprise.base': 'Trên {count} đảng viên mới làm việc trong doanh nghiệp',
  'dashboard.enterprise.worker': 'Công nhân, người lao động',
  'dashboard.enterprise.manager': 'Quản lý, chủ doanh nghiệp',

  'dashboard.quota.heading': 'Tiến độ thực hiện chỉ tiêu kết nạp',
  'dashboard.quota.none':
    'Chưa có chỉ tiêu kết nạp nào cho giai đoạn trùng với kỳ này. Chỉ tiêu được nhập ở mục Chỉ tiêu & số đảng viên.',
  'dashboard.quota.span': 'Chỉ tiêu {span}',
  'dashboard.quota.sourceOwn': '(chỉ tiêu được giao cho đơn vị; kết nạp tính cả giai đoạn)',
  'dashboard.quota.sourceSum':
    '(tổng chỉ tiêu của các đơn vị trực thuộc; kết nạp tính cả giai đoạn)',
  'dashboard.quota.progress': 'Tiến độ',
  'dashboard.quota.admitted': 'Đã kết nạp',
  'dashboard.quota.quota': 'Chỉ tiêu',
  'dashboard.quota.ratio': 'Đạt',
  'dashboard.quota.barLabel': 'Tiến độ chỉ tiêu {span} của {unit}',
  'dashboard.quota.noQuota': 'Chưa có chỉ tiêu',
  'dashboard.rate.heading': 'Tỷ lệ kết nạp so với số đảng viên đầu năm',
  'dashboard.rate.aim': 'Mục tiêu của Tỉnh: mỗi năm kết nạp từ 3% đến 4% số đảng viên đầu năm.',
  'dashboard.rate.members': 'Đảng viên đầu năm',
  'dashboard.rate.admitted': 'Kết nạp trong năm (trong kỳ)',
  'dashboard.rate.ratio': 'Tỷ lệ',

  'dashboard.units.heading': 'So sánh các tổ chức đảng trực thuộc',
  'dashboard.units.hint':
    'Bấm tiêu đề cột để sắp xếp; bấm tên đơn vị để xem bảng số liệu của đơn vị đó.',
  'dashboard.units.sortHint': 'Các cột có nút sắp xếp.',
  'dashboard.units.none': 'Tổ chức đảng này không có tổ chức đảng trực thuộc.',
  'dashboard.units.column.admitted': 'Kết nạp',
  'dashboard.units.column.admitted.title': 'Số đảng viên mới kết nạp trong kỳ',
  'dashboard.units.column.youthUnion': 'Đoàn viên',
  'dashboard.units.column.youthUnion.title': 'Số và tỷ lệ đoàn viên thanh niên',
  'dashboard.units.column.female': 'Nữ',
  'dashboard.units.column.female.title': 'Số và tỷ lệ nữ',
  'dashboard.units.column.minority': 'Dân tộc TS',
  'dashboard.units.column.minority.title': 'Số và tỷ lệ người dân tộc thiểu số',
  'dashboard.units.column.religious': 'Có đạo',
  'dashboard.units.column.religious.title': 'Số và tỷ lệ người có đạo',
  'dashboard.units.column.quota': 'Chỉ tiêu',
  'dashboard.units.column.quota.title': 'Chỉ tiêu kết nạp của giai đoạn',
  'dashboard.units.column.quotaRatio': 'Đạt chỉ tiêu',
  'dashboard.units.column.quotaRatio.title': 'Tỷ lệ đã kết nạp so với chỉ tiêu của giai đoạn',
  'dashboard.units.column.overdue': 'Quá hạn',
  'dashboard.units.column.overdue.title': 'Số mốc thủ tục đã quá hạn tính đến hôm nay',
  'dashboard.units.column.candidates': 'Đang phát triển',
  'dashboard.units.column.candidates.title':
    'Số quần chúng đang trong quy trình (nguồn đến có quyết định)',

  'dashboard.funnel.title': 'Quy trình phát triển đảng viên hiện nay',
  'dashboard.funnel.description': 'Số người ở từng bước tính đến hôm nay (không phụ thuộc kỳ)',
  'dashboard.funnel.imageDescription':
    'Số người ở từng bước tính đến ngày {date}, trên tổng số {count} người (không phụ thuộc kỳ)',
  'dashboard.funnel.stage': 'Bước',
  'dashboard.funnel.removed':
    'Đã đưa ra khỏi nguồn hoặc xóa tên: {count} người (không tính ở trên).',

  'dashboard.forecast.heading': 'Dự báo hoàn thành chỉ tiêu',
  'dashboard.forecast.none': 'Không có chỉ tiêu nào đang thực hiện tại thời điểm hôm nay.',
  'dashboard.forecast.summaryShort':
    'Nếu giữ nhịp độ hiện nay, đến {end} {unit} kết nạp được khoảng {forecast}/{quota} đảng viên theo chỉ tiêu, còn thiếu {shortfall}.',
  'dashboard.forecast.summaryMet':
    'Nếu giữ nhịp độ hiện nay, đến {end} {unit} kết nạp được khoảng {forecast}/{quota} đảng viên theo chỉ tiêu: hoàn thành chỉ tiêu.',
  'dashboard.forecast.method':
    'Dự báo = số đã kết nạp + nhịp độ bình quân 12 tháng qua × số tháng còn lại (ít nhất là số người đã có quyết định kết nạp).',
  'dashboard.forecast.quota': 'Chỉ tiêu',
  'dashboard.forecast.admittedSoFar': 'Đã kết nạp',
  'dashboard.forecast.runRate': 'Bình quân/tháng',
  'dashboard.forecast.monthsLeft': 'Số tháng còn lại',
  'dashboard.forecast.pipeline': 'Đã biểu quyết, có quyết định',
  'dashboard.forecast.forecast': 'Dự báo',
  'dashboard.forecast.shortfall': 'Còn thiếu',

  'dashboard.coverage.heading': 'Đơn vị cần quan tâm',
  'dashboard.coverage.withoutAdmission': 'Chưa kết nạp được đảng viên trong kỳ',
  'dashboard.coverage.withoutAdmissionNone': 'Đơn vị nào cũng đã kết nạp được đảng viên.',
  'dashboard.coverage.belowShare': 'Chậm so với tiến độ chỉ tiêu',
  'dashboard.coverage.belowShareNone': 'Không có đơn vị nào chậm tiến độ.',
  'dashboard.coverage.belowShareFigure': 'đạt {ratio}, cần {expected}',
  'dashboard.coverage.overdue': 'Có mốc thủ tục quá hạn',
  'dashboard.coverage.overdueNone': 'Không có mốc nào quá hạn.',
  'dashboard.coverage.overdueFigure': '{count} mốc',
};

export const dashboard: Area<keyof typeof vi> = {
  vi,
  en: {
    'dashboard.title': 'Dashboard',
    'dashboard.description': '{unit} (with the party units below it) · from {from} to {to}',
    'dashboard.toReport': 'Printable report',
    'dashboard.loadingView': 'Computing the figures of the new choice…',
    'dashboard.loadingCharts': 'Drawing the charts…',

    'dashboard.preset.thisYear': 'This year ({year})',
    'dashboard.preset.quarter': 'Q{quarter}/{year}',
    'dashboard.preset.lastYear': 'Last year ({year})',
    'dashboard.preset.term': 'Term {from}–{to}',
    'dashboard.preset.span': 'Quota span {from}–{to}',
    'dashboard.preset.spanYear': 'Quota for {year}',

    'dashboard.toolbar.label': 'Choose the party unit and the period',
    'dashboard.toolbar.preset': 'Quick period',
    'dashboard.toolbar.custom': 'Custom period',
    'dashboard.toolbar.from': 'From',
    'dashboard.toolbar.to': 'To',
    'dashboard.toolbar.apply': 'Show figures',

    'dashboard.problem.unitUnknown':
      'No party unit with the code “{value}” is known on this computer.',
    'dashboard.problem.fromInvalid':
      'The start date “{value}” in the address is not valid (expected year-month-day, e.g. 2026-01-01).',
    'dashboard.problem.toInvalid':
      'The end date “{value}” in the address is not valid (expected year-month-day, e.g. 2026-12-31).',
    'dashboard.problem.rangeReversed': 'The period {value} starts after it ends.',
    'dashboard.problem.fallback':
      'The dashboard uses the default choice instead; choose again in the toolbar.',

    'dashboard.unit.closedOn': '(dissolved/merged {date})',
    'dashboard.unit.closedNotice':
      '{unit} was dissolved/merged on {date}; its figures now count under {successor}. Shown here are its own figures while it was open.',

    'dashboard.rebuild.body':
      'Recomputing the summary figures after data changed: {done}/{total} people…',
    'dashboard.rebuild.label': 'Progress of the recomputation',

    'dashboard.empty.noUnits': 'No party unit yet',
    'dashboard.empty.noUnitsBody':
      'The dashboard sums figures by party unit. Create the unit tree first, or load the demo province in Settings to try it out.',
    'dashboard.empty.toUnits': 'Go to Party units',
    'dashboard.empty.noPeople':
      'There are no candidates or members here yet, so every figure is 0.',
    'dashboard.empty.addPerson': 'Add a candidate',
    'dashboard.empty.or': 'or',
    'dashboard.empty.demo': 'load the demo province in Settings to try the dashboard.',
    'dashboard.empty.noAdmission':
      'Nobody was admitted in this period: shares show “—”. Choose another period under “Quick period”, e.g. the term or a quota span.',

    'dashboard.kpi.label': 'Key figures of the period',
    'dashboard.kpi.admitted': 'New members admitted',
    'dashboard.kpi.admittedHint': 'by the date of the admission ceremony',
    'dashboard.kpi.youthUnion': 'Youth union members',
    'dashboard.kpi.female': 'Women',
    'dashboard.kpi.minority': 'Ethnic minorities',
    'dashboard.kpi.religious': 'Religious',
    'dashboard.kpi.ofAdmitted': 'new members: {count}',
    'dashboard.kpi.quota': 'Quota achieved',
    'dashboard.kpi.quotaHint': '{admitted}/{quota} (quota {span})',
    'dashboard.kpi.quotaNone': 'no quota for this period',
    'dashboard.kpi.rate': 'Admission rate',
    'dashboard.kpi.rateHint':
      '{year}: {admitted} against {members} members at the start of the year',
    'dashboard.kpi.rateNone': 'no member count at the start of the year',
    'dashboard.kpi.overdue': 'Overdue milestones',
    'dashboard.kpi.overdueHint': 'as of today, not done',

    'dashboard.training.heading': 'Training',
    'dashboard.training.awarenessClasses': 'Party awareness classes',
    'dashboard.training.awarenessAttendees': 'Candidates trained',
    'dashboard.training.newMemberClasses': 'New-member classes',
    'dashboard.training.newMemberAttendees': 'New members trained',
    'dashboard.training.other': {
      by: 'classes',
      one: {
        by: 'attendees',
        one: 'Also {classes} other class with {attendees} attendee.',
        other: 'Also {classes} other class with {attendees} attendees.',
      },
      other: {
        by: 'attendees',
        one: 'Also {classes} other classes with {attendees} attendee.',
        other: 'Also {classes} other classes with {attendees} attendees.',
      },
    },
    'dashboard.training.rule': 'A class counts when it starts and ends within the period.',

    'dashboard.series.title': 'New members admitted over time',
    'dashboard.series.description': {
      one: 'Total in the period: {count} new member',
      other: 'Total in the period: {count} new members',
    },
    'dashboard.series.by': 'Group by',
    'dashboard.series.monthly': 'Month',
    'dashboard.series.quarterly': 'Quarter',
    'dashboard.series.yearly': 'Year',
    'dashboard.series.column.monthly': 'Month',
    'dashboard.series.column.quarterly': 'Quarter',
    'dashboard.series.column.yearly': 'Year',
    'dashboard.series.admitted': 'Admitted',
    'dashboard.series.quarterLabel': 'Q{quarter}/{year}',

    'dashboard.table.category': 'Group',
    'dashboard.table.count': 'People',
    'dashboard.table.share': 'Share',
    'dashboard.table.total': 'Total',
    'dashboard.table.people': 'People',

    'dashboard.structure.heading': 'Structure of the new members',
    'dashboard.structure.none':
      'Nobody was admitted in the period, so there is no structure to show (youth union, women, minorities, age, education).',
    'dashboard.structure.title': 'Shares of the new members',
    'dashboard.structure.baseAdmitted': {
      one: 'Of the {count} new member admitted in the period',
      other: 'Of the {count} new members admitted in the period',
    },
    'dashboard.structure.youthUnion': 'Youth union members',
    'dashboard.structure.female': 'Women',
    'dashboard.structure.minority': 'Ethnic minorities',
    'dashboard.structure.religious': 'Religious',
    'dashboard.structure.highSchoolStudent': 'High-school students',
    'dashboard.structure.universityStudent': 'University students',
    'dashboard.structure.enterprise': 'Working in enterprises',
    'dashboard.age.title': 'Age at admission',
    'dashboard.age.18to30': '18 to 30',
    'dashboard.age.31to40': '31 to 40',
    'dashboard.age.41to50': '41 to 50',
    'dashboard.age.51to60': '51 to 60',
    'dashboard.age.other': 'Outside 18–60 or unknown',
    'dashboard.education.title': 'Education',
    'dashboard.education.unknown': 'Unknown',
    'dashboard.enterprise.title': 'In enterprises: workers and managers',
    'dashboard.enterprise.base': {
      one: 'Of the {count} new member working in enterprises',
      other: 'Of the {count} new members working in enterprises',
    },
    'dashboard.enterprise.worker': 'Workers',
    'dashboard.enterprise.manager': 'Managers and owners',

    'dashboard.quota.heading': 'Progress against the admission quotas',
    'dashboard.quota.none':
      'No admission quota covers this period. Quotas are entered under Quotas & member counts.',
    'dashboard.quota.span': 'Quota {span}',
    'dashboard.quota.sourceOwn': '(the unit’s own quota; admissions over the whole span)',
    'dashboard.quota.sourceSum':
      '(sum of the quotas of the units below; admissions over the whole span)',
    'dashboard.quota.progress': 'Progress',
    'dashboard.quota.admitted': 'Admitted',
    'dashboard.quota.quota': 'Quota',
    'dashboard.quota.ratio': 'Achieved',
    'dashboard.quota.barLabel': 'Progress of {unit} against the quota {span}',
    'dashboard.quota.noQuota': 'No quota',
    'dashboard.rate.heading': 'Admission rate against the members at the start of the year',
    'dashboard.rate.aim':
      'The province aims at admitting 3% to 4% of the members at the start of each year.',
    'dashboard.rate.members': 'Members at the start',
    'dashboard.rate.admitted': 'Admitted in the year (in the period)',
    'dashboard.rate.ratio': 'Rate',

    'dashboard.units.heading': 'Units below, compared',
    'dashboard.units.hint': 'Click a column heading to sort; click a unit to open its dashboard.',
    'dashboard.units.sortHint': 'Column headings are sort buttons.',
    'dashboard.units.none': 'This party unit has no units below it.',
    'dashboard.units.column.admitted': 'Admitted',
    'dashboard.units.column.admitted.title': 'New members admitted in the period',
    'dashboard.units.column.youthUnion': 'Youth union',
    'dashboard.units.column.youthUnion.title': 'Youth union members, count and share',
    'dashboard.units.column.female': 'Women',
    'dashboard.units.column.female.title': 'Women, count and share',
    'dashboard.units.column.minority': 'Minorities',
    'dashboard.units.column.minority.title': 'Ethnic minorities, count and share',
    'dashboard.units.column.religious': 'Religious',
    'dashboard.units.column.religious.title': 'Religious people, count and share',
    'dashboard.units.column.quota': 'Quota',
    'dashboard.units.column.quota.title': 'Admission quota of the span',
    'dashboard.units.column.quotaRatio': 'Achieved',
    'dashboard.units.column.quotaRatio.title': 'Admitted against the quota of the span',
    'dashboard.units.column.overdue': 'Overdue',
    'dashboard.units.column.overdue.title': 'Milestones overdue as of today',
    'dashboard.units.column.candidates': 'In progress',
    'dashboard.units.column.candidates.title': 'Candidates in the procedure (source to decision)',

    'dashboard.funnel.title': 'The admission pipeline today',
    'dashboard.funnel.description': 'People at each step as of today (whatever the period)',
    'dashboard.funnel.imageDescription': {
      one: 'People at each step on {date}, of {count} person in all (whatever the period)',
      other: 'People at each step on {date}, of {count} people in all (whatever the period)',
    },
    'dashboard.funnel.stage': 'Step',
    'dashboard.funnel.removed':
      'Removed from the source or struck off: {count} (not counted above).',

    'dashboard.forecast.heading': 'Quota forecast',
    'dashboard.forecast.none': 'No quota span is running today.',
    'dashboard.forecast.summaryShort':
      'At the current pace, by {end} {unit} will have admitted about {forecast} of its quota of {quota}, {shortfall} short.',
    'dashboard.forecast.summaryMet':
      'At the current pace, by {end} {unit} will have admitted about {forecast} of its quota of {quota}: the quota will be met.',
    'dashboard.forecast.method':
      'Forecast = admitted so far + the monthly average of the last 12 months × the months left (at least the people already decided).',
    'dashboard.forecast.quota': 'Quota',
    'dashboard.forecast.admittedSoFar': 'Admitted',
    'dashboard.forecast.runRate': 'Per month',
    'dashboard.forecast.monthsLeft': 'Months left',
    'dashboard.forecast.pipeline': 'Resolved or decided',
    'dashboard.forecast.forecast': 'Forecast',
    'dashboard.forecast.shortfall': 'Short',

    'dashboard.coverage.heading': 'Units needing attention',
    'dashboard.coverage.withoutAdmission': 'No admission in the period',
    'dashboard.coverage.withoutAdmissionNone': 'Every unit admitted someone.',
    'dashboard.coverage.belowShare': 'Behind the quota’s pace',
    'dashboard.coverage.belowShareNone': 'No unit is behind.',
    'dashboard.coverage.belowShareFigure': '{ratio} achieved, {expected} expected',
    'dashboard.coverage.overdue': 'Overdue milestones',
    'dashboard.coverage.overdueNone': 'Nothing is overdue.',
    'dashboard.coverage.overdueFigure': '{count} overdue',
  },
};
