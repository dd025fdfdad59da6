#!/usr/bin/env node
import v8 from "node:v8";

// A build allocates fast and keeps little: left to its defaults, V8 lets the heap grow to about four
// times what is live before collecting it, which on large sites is hundreds of megabytes of garbage.
v8.setFlagsFromString("--heap-growing-percent=30");
await import("../lib/cli/main.js");
