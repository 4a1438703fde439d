/** Which districts the atlas loads: the five VRAEM departments (default) or all of Peru. */
export type Scope = 'vraem' | 'peru';
export const SCOPES: readonly Scope[] = ['vraem', 'peru'];
