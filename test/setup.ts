// A fresh in-memory IndexedDB for every test file: fake-indexeddb replaces the browser's store.
import 'fake-indexeddb/auto';
