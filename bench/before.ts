/**
 * Figures measured on main at 9699706, before the work of issue 17, with the same methods as the benches
 * that print them beside today's (2-core machine shared with other builds; interleaved, medians).
 */
export const BEFORE = {
  /** `npm run cli -- --help`, spawn → exit, tsx compiling the sources. */
  cliHelpMs: 1775,
  /** `npm run cli -- pdf` of the 50 plain text slides, spawn → exit. */
  cliPdfText50Ms: 2344,
  /** Marp CLI 4 (Debian Chromium) on the same 50 slides as markdown, spawn → exit, interleaved with the above. */
  marpText50Ms: 2287,
  /** renderBriefingPdf of the 50 text slides in a warm process. */
  inProcessText50Ms: 142,
  /** renderBriefingPdf of the 50-slide sample deck (charts, KPI cards), 1 slide per page, warm. */
  inProcessSample50Ms: 305,
  /** exportPdf through the web host's api, the 50-slide sample deck, each export (a fresh worker every time). */
  appExportSample50Ms: 2040,
  /** `npm run web` spawn → the URL printed (nothing to rebuild). */
  webUrlMs: 2359,
  /** `npm run web` spawn → the first report row painted in Chromium. */
  webPaintedMs: 3727,
  /** Bytes the library's first load fetches (resource timing, decoded). */
  firstLoadBytes: 21_860_000,
  /** The first script (index-*.js). */
  firstScriptBytes: 745_127,
} as const
