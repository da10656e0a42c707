import { NOTO_SANS } from './fonts'
import { STATUS_COLORS } from './status'
import type { Surface, Theme } from './types'

const INK = '#1d232b'
const SLATE = '#44546a'
const RED = '#b22222'

/** The cover and the closing slide. */
const SURFACE: Surface = {
  background: '#ffffff',
  title: INK,
  text: '#3d4652',
  rule: [RED, SLATE],
  top: { height: 12, color: SLATE },
  bottom: null,
}

/** 简洁: black on white with one restrained accent; prints well in black and white. */
export const PLAIN_THEME: Theme = {
  id: 'plain',
  colors: {
    paper: '#ffffff',
    title: INK,
    ink: INK,
    ink2: '#3d4652',
    muted: '#6b7480',
    line: '#d9dde3',
    accent: SLATE,
    accent2: RED,
    onAccent: '#ffffff',
    band: '#f3f4f6',
    tableHead: SLATE,
    warning: '#c62828',
    frame: '#b8bec6',
  },
  fonts: { heading: NOTO_SANS, body: NOTO_SANS },
  titleRule: { kind: 'hairline', color: '#9aa3ad', tickColor: '#9aa3ad', thickness: 2 },
  cover: SURFACE,
  closing: SURFACE,
  quote: {
    background: '#f3f4f6',
    title: SLATE,
    text: INK,
    rule: [RED, SLATE],
    top: null,
    bottom: null,
  },
  chart: {
    series: [SLATE, RED, '#8a949e', '#1d232b', '#6f7f95', '#c9cfd4', '#a0a8b3', '#5b6573'],
    actual: SLATE,
    target: RED,
    negative: '#8a949e',
    text: INK,
    muted: '#4a5560',
    axis: '#8a949e',
    grid: '#dde1e5',
    track: '#e5e7eb',
    area: 'rgba(68, 84, 106, 0.18)',
    paper: '#ffffff',
  },
  status: STATUS_COLORS,
}
