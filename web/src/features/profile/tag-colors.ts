/** Solid tag colours dark enough for white text (4.5:1, WCAG AA); antd's light presets are not. */
export const TAG_COLORS = {
  verified: '#237804',
  unverified: '#874d00',
  neutral: '#595959',
  running: '#0958d9',
  failed: '#a8071a',
} as const;
