// Runs before every renderer data-layer test: IndexedDB in Node, before Dexie is imported.
import 'fake-indexeddb/auto';
