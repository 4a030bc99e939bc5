import { z } from "zod";

// Runs in the browser before the app. zod 4 probes for `new Function` to compile its parsers;
// under our CSP (no 'unsafe-eval') the probe fails safely but is reported as a CSP violation.
// jitless parsing is the same parsing without the probe.
z.config({ jitless: true });
