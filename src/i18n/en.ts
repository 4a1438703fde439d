/**
 * English: the second language, merged from the areas in messages/en/ like es.ts. Loaded on demand
 * (loadDictionary in translate.ts), so that the first frame carries only Spanish.
 */
import type { MessageKey } from './es';
import * as briefing from './messages/en/briefing';
import * as district from './messages/en/district';
import * as importing from './messages/en/import';
import * as incidents from './messages/en/incidents';
import * as layers from './messages/en/layers';
import * as shell from './messages/en/shell';
import * as systems from './messages/en/systems';
import * as table from './messages/en/table';

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
