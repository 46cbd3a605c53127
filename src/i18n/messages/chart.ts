// The shared chart frame (src/ui/chart-frame.tsx): table alternative and PNG export.
import type { Area } from './types';

const vi = {
  'chart.showTable': 'Xem dạng bảng',
  'chart.hideTable': 'Ẩn bảng',
  'chart.savePng': 'Lưu ảnh PNG',
  'chart.saving': 'Đang lưu ảnh…',
  'chart.saveFailed': 'Không lưu được ảnh biểu đồ: {message}',
  'chart.imageLabel': 'Biểu đồ: {title}. Số liệu có trong bảng đi kèm.',
};

export const chart: Area<keyof typeof vi> = {
  vi,
  en: {
    'chart.showTable': 'Show as table',
    'chart.hideTable': 'Hide table',
    'chart.savePng': 'Save as PNG',
    'chart.saving': 'Saving image…',
    'chart.saveFailed': 'The chart could not be saved as an image: {message}',
    'chart.imageLabel': 'Chart: {title}. The figures are in the table that goes with it.',
  },
};
