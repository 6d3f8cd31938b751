/**
 * zod compiles a fast parser with `new Function` unless told not to, and probes for that
 * ability when a schema is built. Under our Content-Security-Policy (no 'unsafe-eval') the
 * probe fails harmlessly but still raises one `securitypolicyviolation` per page load, which a
 * reporting endpoint would receive on every visit. Jitless parsing is plenty fast for a few
 * thousand records. main.tsx imports this module first, before anything builds a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
