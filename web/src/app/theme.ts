import type { ThemeConfig } from 'antd';

/**
 * Ant Design's defaults fail WCAG AA contrast in places (#1677ff on white is 3.9:1; secondary text at
 * 45 % black is 4.0:1): a darker primary and stronger secondary text keep every text at 4.5:1 or more.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
    colorError: '#c0262d',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
};
