// [Note: zod without eval] Zod 4 compiles parsers with `new Function` unless jitless is set; the
// app's CSP forbids eval, so every schema module imports zod through this file (reliability.md §3).
// zod/mini keeps the start screen small (toolchain.md G12).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
