// A fresh in-memory IndexedDB for every test file: fake-indexeddb replaces the browser's store.
import 'fake-indexeddb/auto';
// Pages register their messages when they load, and the first screen's English words arrive
// when English is chosen; in tests every area and both languages are there from the start.
import { registerEnglish, registerMessages } from '@/i18n/messages';
import { firstScreenEnglish } from '@/i18n/messages/first-screen-en';
import { laterAreas } from '@/i18n/messages/later';

registerMessages(laterAreas);
registerEnglish(firstScreenEnglish);
