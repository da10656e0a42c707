/**
 * Characters a PDF's text layer gets wrong because two code points share one glyph in the font, and the PDF's
 * map back to text names the other one.
 *
 * Ideographs given as radicals. Many PDF producers map the glyph of 工 or 长 back to
 * the radical with the same shape (⼯ U+2F2F, ⻓ U+2ED3), so the text reads right but is not the same text:
 * a search for 工业 or a metric label would miss it. Kangxi radicals (U+2F00–U+2FD5) become their ideographs
 * by NFKC; the CJK Radicals Supplement (U+2E80–U+2EFF) has no such mapping, so it comes from Unicode's
 * EquivalentUnifiedIdeograph.txt (U+2E81–U+2EF3, 114 entries). Other characters are left as they are:
 * full-width digits and punctuation stay full-width, as in the plain-text import.
 */

/** Radical and ideograph, two code points a pair, pairs separated by spaces. */
const SUPPLEMENT_PAIRS =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ' +
  '⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ' +
  '⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ' +
  '⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ' +
  '⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ' +
  '⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ' +
  '⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟'

const SUPPLEMENT = new Map<string, string>()
for (const pair of SUPPLEMENT_PAIRS.split(' ')) {
  const [radical, ideograph] = Array.from(pair)
  if (radical && ideograph) SUPPLEMENT.set(radical, ideograph)
}

/**
 * Kangxi radicals whose NFKC ideograph is the traditional form while Simplified Chinese fonts draw them, and
 * map them back, as the simplified one. Only 户 has no radical of its own for the simplified shape: the others
 * (见 贝 车 长 门 页 风 马 鱼 鸟 …) come back as the supplement's radicals above.
 */
const SIMPLIFIED: Record<string, string> = { '\u2f3e': '户' }

/**
 * Rare ideographs (CJK Extension A) that common Chinese fonts draw with the glyph of a common one, so a PDF
 * written from such a font maps the common character to the rare code point: 胶 comes back as 㬵. From the
 * cmaps of Noto Sans CJK SC (the font Chromium prints Chinese with on Linux) and Noto Sans SC.
 */
const SHARED_GLYPHS: Record<string, string> = { '\u3b35': '胶', '\u3ada': '曶', '\u3b3a': '幐', '\u3ba3': '槩' }

/**
 * Dashes: a font's ligature for “——” comes back as the two-em dash (or three-em), and the em dash as the
 * horizontal bar that shares its glyph (as GBK's Windows code page maps it).
 */
const DASHES: Record<string, string> = { '\u2e3a': '——', '\u2e3b': '———', '\u2015': '—' }

const MISREAD = /[\u2e80-\u2eff\u2f00-\u2fdf\u2e3a\u2e3b\u2015\u3b35\u3ada\u3b3a\u3ba3]/g

export function fixPdfCharacters(text: string): string {
  return text.replace(MISREAD, (c) => {
    const code = c.charCodeAt(0)
    const kangxi = code >= 0x2f00 && code <= 0x2fdf
    return kangxi ? (SIMPLIFIED[c] ?? c.normalize('NFKC')) : (SUPPLEMENT.get(c) ?? DASHES[c] ?? SHARED_GLYPHS[c] ?? c)
  })
}
