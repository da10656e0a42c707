import { NOTO_SANS } from './fonts'
import { STATUS_COLORS } from './status'
import type { Surface, Theme } from './types'

const NAVY = '#1f3a5f'
const BLUE = '#2c5d9c'
const SKY = '#8fb3d9'
const INK = '#1d232b'

/** The cover and the closing slide. */
const SURFACE: Surface = {
  background: NAVY,
  title: '#ffffff',
  text: '#d6e2f0',
  rule: [SKY, '#ffffff'],
  top: null,
  bottom: { height: 28, color: '#16294a', edge: SKY },
}

/** 政务蓝: a sober navy and blue for work meetings. */
export const BLUE_THEME: Theme = {
  id: 'blue',
  colors: {
    paper: '#ffffff',
    title: NAVY,
    ink: INK,
    ink2: '#3d4652',
    muted: '#6b7480',
    line: '#d9dde3',
    accent: BLUE,
    accent2: SKY,
    onAccent: '#ffffff',
    band: '#eef3f9',
    tableHead: NAVY,
    warning: '#c62828',
    frame: '#b8bec6',
  },
  fonts: { heading: NOTO_SANS, body: NOTO_SANS },
  titleRule: { kind: 'bar-with-tick', color: NAVY, tickColor: SKY, thickness: 4 },
  cover: SURFACE,
  closing: SURFACE,
  quote: {
    background: '#eef3f9',
    title: NAVY,
    text: NAVY,
    rule: [SKY, BLUE],
    top: null,
    bottom: null,
  },
  chart: {
    series: [BLUE, NAVY, SKY, '#c9a227', '#4a5560', '#6f93c2', '#8a949e', '#c9cfd4'],
    actual: BLUE,
    target: '#c9a227',
    negative: '#4a5560',
    text: INK,
    muted: '#4a5560',
    axis: '#8a949e',
    grid: '#dde1e5',
    track: '#e3e9f1',
    area: 'rgba(44, 93, 156, 0.18)',
    paper: '#ffffff',
  },
  status: STATUS_COLORS,
}
