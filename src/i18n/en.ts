/** English: the second language, merged from the areas in messages/ like es.ts. */
import type { MessageKey } from './es';
import * as briefing from './messages/briefing';
import * as district from './messages/district';
import * as importing from './messages/import';
import * as incidents from './messages/incidents';
import * as layers from './messages/layers';
import * as shell from './messages/shell';
import * as systems from './messages/systems';
import * as table from './messages/table';

export const en: Record<MessageKey, string> = {
  ...shell.en,
  ...layers.en,
  ...district.en,
  ...table.en,
  ...incidents.en,
  ...importing.en,
  ...briefing.en,
  ...systems.en,
};
