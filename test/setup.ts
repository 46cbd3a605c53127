// A fresh in-memory IndexedDB for every test file: fake-indexeddb replaces the browser's store.
import 'fake-indexeddb/auto';
// Pages register their messages when they load; in tests every area is there from the start.
import { registerMessages } from '@/i18n/messages';
import { laterAreas } from '@/i18n/messages/later';

registerMessages(laterAreas);
