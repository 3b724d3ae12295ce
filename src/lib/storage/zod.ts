// [Note: zod without eval] Zod 4 compiles parsers with `new Function` unless jitless is set; the
// app's CSP forbids eval, so every schema module imports zod through this file (docs/reliability.md, "No eval").
// zod/mini, not classic zod: the start screen's code stays small (docs/toolchain.md, "zod/mini keeps the start screen small").
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
