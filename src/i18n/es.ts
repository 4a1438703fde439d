/**
 * Spanish (Peru): the app's first language. The messages live by area in messages/, their English
 * in messages/en/ under the same file name (a new key is written in both); this file and en.ts
 * merge them. Only Spanish is in the first frame's code: English loads when chosen. Every key must exist in en and be used (tests/i18n/dictionaries.test.ts).
 */
import * as briefing from './messages/briefing';
import * as district from './messages/district';
import * as importing from './messages/import';
import * as incidents from './messages/incidents';
import * as layers from './messages/layers';
import * as shell from './messages/shell';
import * as systems from './messages/systems';
import * as table from './messages/table';

export const es = {
  ...shell.es,
  ...layers.es,
  ...district.es,
  ...table.es,
  ...incidents.es,
  ...importing.es,
  ...briefing.es,
  ...systems.es,
} as const;

export type MessageKey = keyof typeof es;
