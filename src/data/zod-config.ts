/**
 * zod compiles a fast parser with `new Function` unless told not to, and probes for that
 * ability when a schema is built. Under our Content-Security-Policy (no 'unsafe-eval') the
 * probe fails harmlessly but still raises one `securitypolicyviolation` per page load, which a
 * reporting endpoint would receive on every visit. Jitless parsing is plenty fast for a few
 * thousand records. record-schema.ts imports this module first, before it builds a schema.
 *
 * The schema uses zod's mini build (a third of the full build's size, issue 13; the first view
 * now loads it only for data that breaks a rule, see quick-check.ts), which carries no messages
 * of its own: the English locale gives a record's issues the same words the full build did
 * ("Invalid input: expected string, received number").
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ ...en(), jitless: true });
