// The Chromium builds the browser tests use. Playwright cannot download its own browsers here: Debian's packages.
// The tests drive chromium-headless-shell, Chromium without its windowing and GPU processes, which needs a
// fraction of the full browser's CPU on a two-core machine (docs/performance.md); the server prints PDF reports
// with the full `chromium` (lib/reports/render-pdf.ts). CHROMIUM_PATH sets both, for machines that have one build.
export const testBrowser = process.env.CHROMIUM_PATH || "/usr/bin/chromium-headless-shell";
export const serverBrowser = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Debian's package for each path above, installed when missing. */
export const packages = { [testBrowser]: "chromium-headless-shell", [serverBrowser]: "chromium" };
