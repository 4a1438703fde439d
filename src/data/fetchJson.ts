import './zodSetup';
import type * as z from 'zod/mini';

/** A data file that could not be used: the file as the pipeline names it, and why. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

export type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export async function fetchJson(fetcher: Fetcher, url: string, file: string): Promise<unknown> {
  let response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new DataFileError(file, `network error (${String(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, 'not valid JSON');
  }
}

/** Parses with a schema; the error names the first bad field by its path. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new DataFileError(file, `failed validation${where}: ${issue?.message ?? 'invalid'}`);
}
