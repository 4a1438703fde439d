import { z } from 'zod';

// Zod's fast path compiles validators with `new Function`; the app's CSP forbids eval, and even
// zod's caught probe for it is reported as a violation. Validate without it. Every module that
// defines schemas imports this first, so no schema exists before the setting (module order).
z.config({ jitless: true });
