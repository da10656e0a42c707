import { NOTO_SANS } from './fonts'
import { STATUS_COLORS } from './status'
import type { Surface, Theme } from './types'

const RED = '#a31d24'
const DEEP = '#7f1219'
const GOLD = '#c9a227'
const NAVY = '#1f3a5f'
const INK = '#1d232b'

/** The cover and the closing slide. */
const SURFACE: Surface = {
  background: RED,
  title: '#ffffff',
  text: '#f6e7c1',
  rule: [GOLD, '#ffffff'],
  top: null,
  bottom: { height: 36, color: DEEP, edge: GOLD },
}

/** 党政红: deep red and gold, the house style of party and government meetings. The default. */
export const RED_THEME: Theme = {
  id: 'red',
  colors: {
    paper: '#ffffff',
    title: RED,
    ink: INK,
    ink2: '#3d4652',
    muted: '#6b7480',
    line: '#d9dde3',
    accent: RED,
    accent2: GOLD,
    onAccent: '#ffffff',
    band: '#f7f1e8',
    tableHead: RED,
    warning: '#c62828',
    frame: '#b8bec6',
  },
  fonts: { heading: NOTO_SANS, body: NOTO_SANS },
  titleRule: { kind: 'bar-with-tick', color: RED, tickColor: GOLD, thickness: 6 },
  cover: SURFACE,
  closing: SURFACE,
  quote: {
    background: '#f7f1e8',
    title: RED,
    text: INK,
    rule: [GOLD, RED],
    top: null,
    bottom: null,
  },
  chart: {
    series: [RED, GOLD, NAVY, '#4a5560', '#d9534f', '#4f6d8f', '#8a949e', '#c9cfd4'],
    actual: RED,
    target: GOLD,
    negative: '#4a5560',
    text: INK,
    muted: '#4a5560',
    axis: '#8a949e',
    grid: '#dde1e5',
    track: '#ebe4d8',
    area: 'rgba(163, 29, 36, 0.18)',
    paper: '#ffffff',
  },
  status: STATUS_COLORS,
}
