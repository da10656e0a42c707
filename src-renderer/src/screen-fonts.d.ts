/** Generated at build time by src-main/build/screen-fonts.ts (`screenFontsPlugin`). */
declare module 'virtual:screen-fonts' {
  export const SCREEN_FONT_FACES: readonly {
    weight: 400 | 700
    /** The WOFF2 subset's asset URL. */
    url: string
    /** null for the core subset, which every page loads; a tail slice lists its exact code points. */
    unicodeRange: string | null
  }[]
}
