import type { AreaMessages } from './types';

export const setup: AreaMessages = {
  vi: {
    'setup.nav': 'Thiết lập ban đầu',
    'setup.notSetUp': 'Chưa thiết lập',
    'setup.kind.unit': 'Cài đặt của tổ chức cơ sở',
    'setup.kind.province': 'Cài đặt của Văn phòng Tỉnh ủy',
  },
  en: {
    'setup.nav': 'First-run setup',
    'setup.notSetUp': 'Not set up',
    'setup.kind.unit': 'Grassroots unit installation',
    'setup.kind.province': 'Provincial office installation',
  },
};
