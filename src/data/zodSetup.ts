import * as z from 'zod/mini';

// The app's schemas use zod/mini (the same validators as `zod`, a third of its size in the first
// chunk). Unlike `zod`, zod/mini registers no error messages: load the English ones that `zod`
// uses, so that a bad data file still says what is wrong ("Too small: expected number to be >0")
// rather than "Invalid input".
// Zod's fast path compiles validators with `new Function`; the app's CSP forbids eval, and even
// zod's caught probe for it is reported as a violation. Validate without it. Every module that
// defines schemas imports this first, so no schema exists before the setting (module order).
z.config({ jitless: true, ...z.locales.en() });
