import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url'

/** The bundled Noto Sans SC, the same face the PDF embeds, so slides look alike on every machine. */
export const FONT_FACES = [
  { weight: '400', url: regularUrl },
  { weight: '700', url: boldUrl },
] as const

export function installFonts(): void {
  const style = document.createElement('style')
  style.textContent = FONT_FACES.map(
    (f) => `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${f.weight};font-display:swap;src:url("${f.url}") format("truetype");}`,
  ).join('\n')
  document.head.append(style)
}
