/**
 * A briefing: an ordered list of slides, each a saved view of the atlas (the link's query string
 * and its viewport hash) with a title and a note. Pure: operations return a new briefing, and
 * parsing never throws — it returns the briefing or a message naming the field that is wrong.
 */
import '../data/zodSetup';
import * as z from 'zod/mini';
import { parseViewport } from './viewport';

/** Version of the briefing file and link format. Bump it and add a migration on any change. */
export const BRIEFING_VERSION = 1;
export const MAX_SLIDES = 40;
export const MAX_TITLE = 120;
export const MAX_NOTE = 1000;
/** Longer than any query string the URL codec writes (8 districts, filters, breaks). */
const MAX_QUERY = 2000;

export interface SlideView {
  /** Query string as serializeUrlState writes it ("" or "?i=coca&y=2020&v=2"). */
  query: string;
  /** Viewport hash as serializeViewport writes it ("#map=8/-12.5/-74"), or "" for the default. */
  hash: string;
}

export interface Slide {
  id: string;
  title: string;
  note: string;
  view: SlideView;
}

export interface Briefing {
  version: typeof BRIEFING_VERSION;
  title: string;
  slides: Slide[];
}

export const EMPTY_BRIEFING: Briefing = { version: BRIEFING_VERSION, title: '', slides: [] };

const text = (max: number) => z.string().check(z.maxLength(max));

const slideSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  title: text(MAX_TITLE),
  note: text(MAX_NOTE),
  view: z.object({
    query: text(MAX_QUERY).check(
      z.refine((q) => q === '' || q.startsWith('?'), 'must be "" or start with "?"'),
    ),
    hash: z
      .string()
      .check(
        z.refine((h) => h === '' || parseViewport(h) !== null, 'must be "" or "#map=zoom/lat/lon"'),
      ),
  }),
});

const briefingSchema = z.object({
  version: z.literal(BRIEFING_VERSION),
  title: text(MAX_TITLE),
  slides: z.array(slideSchema).check(z.maxLength(MAX_SLIDES)),
});

export type ParseResult = { ok: true; briefing: Briefing } | { ok: false; error: string };

/** "slides[2].view.hash" from zod's path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  );
}

/**
 * Brings an older briefing up to BRIEFING_VERSION. There is only version 1 so far; a file from a
 * newer release is refused with a message rather than half-read. (Slides hold link query strings,
 * which carry their own version `v` and are migrated by parseUrlState when a slide is opened.)
 */
function migrate(raw: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'the file is not a briefing (expected a JSON object)' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: missing or not a positive whole number' };
  }
  if (version > BRIEFING_VERSION) {
    return {
      ok: false,
      error: `version: ${version} was written by a newer release (this one reads up to ${BRIEFING_VERSION})`,
    };
  }
  return { ok: true, value: raw };
}

/** Checks an already-parsed JSON value. */
export function parseBriefingValue(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = briefingSchema.safeParse(migrated.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue ? fieldName(issue.path) : '';
    return { ok: false, error: `${field || 'briefing'}: ${issue?.message ?? 'invalid'}` };
  }
  const ids = new Set<string>();
  for (const [i, slide] of result.data.slides.entries()) {
    if (ids.has(slide.id)) return { ok: false, error: `slides[${i}].id: "${slide.id}" repeats` };
    ids.add(slide.id);
  }
  return { ok: true, briefing: result.data as Briefing };
}

/** Reads a briefing from JSON text (a file or storage). Never throws. */
export function parseBriefingJson(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseBriefingValue(raw);
}

export function briefingToJson(briefing: Briefing): string {
  return JSON.stringify(briefing, null, 2);
}

/** A short id unique within the briefing (slides are reordered, so not their index). */
function newId(briefing: Briefing): string {
  const taken = new Set(briefing.slides.map((s) => s.id));
  let n = briefing.slides.length + 1;
  while (taken.has(`s${n}`)) n += 1;
  return `s${n}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

export type AddResult = { ok: true; briefing: Briefing; id: string } | { ok: false };

/** Appends a slide; refused (ok: false) at MAX_SLIDES. Title and note are trimmed to size. */
export function addSlide(
  briefing: Briefing,
  slide: { title: string; note: string; view: SlideView },
): AddResult {
  if (briefing.slides.length >= MAX_SLIDES) return { ok: false };
  const id = newId(briefing);
  const added: Slide = {
    id,
    title: clip(slide.title.trim(), MAX_TITLE),
    note: clip(slide.note.trim(), MAX_NOTE),
    view: { ...slide.view },
  };
  return { ok: true, id, briefing: { ...briefing, slides: [...briefing.slides, added] } };
}

export function removeSlide(briefing: Briefing, id: string): Briefing {
  return { ...briefing, slides: briefing.slides.filter((s) => s.id !== id) };
}

/** Moves a slide by `step` places (−1 up, +1 down); a move past either end does nothing. */
export function moveSlide(briefing: Briefing, id: string, step: number): Briefing {
  const from = briefing.slides.findIndex((s) => s.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= briefing.slides.length) return briefing;
  const slides = [...briefing.slides];
  const [moved] = slides.splice(from, 1);
  if (!moved) return briefing;
  slides.splice(to, 0, moved);
  return { ...briefing, slides };
}

export function editSlide(
  briefing: Briefing,
  id: string,
  patch: { title?: string; note?: string },
): Briefing {
  return {
    ...briefing,
    slides: briefing.slides.map((s) =>
      s.id === id
        ? {
            ...s,
            title: patch.title === undefined ? s.title : clip(patch.title, MAX_TITLE),
            note: patch.note === undefined ? s.note : clip(patch.note, MAX_NOTE),
          }
        : s,
    ),
  };
}

export function renameBriefing(briefing: Briefing, title: string): Briefing {
  return { ...briefing, title: clip(title, MAX_TITLE) };
}
