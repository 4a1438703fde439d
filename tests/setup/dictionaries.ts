// English is a chunk the app loads on demand (src/i18n/translate.ts loadDictionary); unit tests
// render and translate in both languages, so they start with it loaded, as the app does once the
// user picks English.
import { loadDictionary } from '../../src/i18n/translate';

await loadDictionary('en');
