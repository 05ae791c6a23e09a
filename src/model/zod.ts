/**
 * The one place zod is configured. Every schema module imports `z` from here, never from 'zod',
 * so jitless mode is set before any schema exists: zod's JIT compiles schemas with
 * the Function constructor, which the extension's content security policy forbids.
 * zod/mini: the same engine without the chainable API, about a third of full zod's size; the
 * decoders only check field types and write their own messages, so they need nothing more.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
