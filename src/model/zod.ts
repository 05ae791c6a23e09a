/**
 * The one place zod is configured. Every schema module imports `z` from here, never from 'zod',
 * so jitless mode is set before any schema exists: zod's JIT compiles schemas with
 * `new Function`, which the extension's content security policy forbids.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
