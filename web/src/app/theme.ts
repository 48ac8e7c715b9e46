import type { ThemeConfig } from 'antd';

/**
 * Ant Design's defaults fail WCAG AA contrast in places (#1677ff on white is 3.9:1; secondary text at
 * 45 % black is 4.0:1): a darker primary and stronger secondary text keep every text at 4.5:1 or more.
 * Its derived hover colours are lighter than the colour they start from (a link's hover #4c91c7 is
 * 3.1:1 on the page's grey, a danger button's 4.2:1) and its focus ring (colorPrimaryBorder) was
 * 2.2:1: hovers here go darker, and the ring is dark enough for 3:1 against white and the page.
 * theme.test.ts computes every pair, app.css's own colours too.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorPrimaryHover: '#1a6bb8',
    colorPrimaryActive: '#014087',
    colorPrimaryTextHover: '#1a6bb8',
    colorPrimaryBorder: '#3f7fbf',
    colorLink: '#0b5cad',
    colorLinkHover: '#08498c',
    colorLinkActive: '#013a7a',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
    colorError: '#c0262d',
    colorErrorHover: '#a61d24',
    colorErrorActive: '#8c141c',
    colorErrorTextHover: '#a61d24',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
};
