import { z } from 'zod';

/**
 * Zod, configured once: every module takes `z` from here, so the configuration is in place before
 * any schema exists, and Zod is downloaded only with the code that validates (forms, the mock).
 * Zod compiles object parsers with `new Function` unless told not to, and probes for it when a
 * schema is built; a Content-Security-Policy without 'unsafe-eval' (the production one,
 * deploy/nginx) blocks the probe and reports a violation even though Zod swallows the error.
 * Without the JIT, parsing is a little slower and needs no eval.
 */
z.config({ jitless: true });

export { z };
