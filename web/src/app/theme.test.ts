import { readFileSync } from 'node:fs';
import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { theme } from './theme';

// read from disk: the test config turns CSS imports (?raw too) into empty modules
const css = readFileSync(`${import.meta.dirname}/app.css`, 'utf8');

/** [r, g, b, alpha] of a #rgb, #rrggbb or rgb()/rgba() colour. */
function parse(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit).join('') : hex[1];
    const value = parseInt(digits, 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 1];
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color.replace(/\s/g, ''));
  if (!rgb) throw new Error(`not a colour: ${color}`);
  const [r, g, b, a = '1'] = rgb[1].split(',');
  return [Number(r), Number(g), Number(b), Number(a)];
}

/** A colour as seen over an opaque background (alpha blended). */
function over(color: string, background: string): [number, number, number] {
  const [r, g, b, a] = parse(color);
  const [br, bg, bb] = parse(background);
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of a (possibly translucent) colour over an opaque background. */
function contrast(color: string, background: string): number {
  const a = luminance(over(color, background));
  const b = luminance(over(background, '#ffffff'));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A property's value in the app.css rule whose selector list names `selector`. */
function declared(selector: string, property: string): string {
  for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').split('}')) {
    const [selectors, body = ''] = rule.split('{');
    if (!selectors.split(',').some((name) => name.trim() === selector)) continue;
    const value = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(body)?.[1];
    if (value) return value.trim();
  }
  throw new Error(`app.css has no ${property} for ${selector}`);
}
/** The colour of an outline declaration ("3px solid #ffd666"). */
const outlineColor = (value: string) => /(#[0-9a-f]{3,6}|rgba?\([^)]+\))/i.exec(value)![1];

const token = antdTheme.getDesignToken(theme);
const WHITE = token.colorBgContainer;
/** The page behind the content (Layout), where most links and buttons sit. */
const PAGE = token.colorBgLayout;
const HEADER = declared('.tkh-nav', 'background');
const TEXT = 4.5;
const FOCUS = 3;

/** The pairs [name, colour, background] below `minimum`, with their ratio: [] when all pass. */
function failing(pairs: Array<[string, string, string]>, minimum: number): string[] {
  return pairs
    .map(([name, color, background]) => ({ name, color, background, ratio: contrast(color, background) }))
    .filter(({ ratio }) => ratio < minimum)
    .map(
      ({ name, color, background, ratio }) => `${name}: ${color} on ${background} is ${ratio.toFixed(2)}:1`,
    );
}

describe('the theme keeps text at 4.5:1 and focus rings at 3:1 (WCAG 2.1 AA 1.4.3, 1.4.11)', () => {
  it('keeps a link readable normal, visited, hovered, pressed and focused, on white and on the page', () => {
    // antd's link style colours `a` (visited links too: app.css gives :visited no colour of its own)
    expect(css).not.toMatch(/:visited/);
    const link = {
      normal: token.colorLink,
      visited: token.colorLink,
      hover: token.colorLinkHover,
      active: token.colorLinkActive,
      focus: token.colorLink,
    };
    const pairs = Object.entries(link).flatMap(([state, color]) =>
      [WHITE, PAGE].map((background): [string, string, string] => [state, color, background]),
    );
    expect(failing(pairs, TEXT)).toEqual([]);
  });

  it('keeps button texts readable in every state', () => {
    const pairs: Array<[string, string, string]> = [
      ['primary', token.colorTextLightSolid, token.colorPrimary],
      ['primary hover', token.colorTextLightSolid, token.colorPrimaryHover],
      ['primary active', token.colorTextLightSolid, token.colorPrimaryActive],
      ['danger primary', token.colorTextLightSolid, token.colorError],
      ['danger primary hover', token.colorTextLightSolid, token.colorErrorHover],
      ['danger primary active', token.colorTextLightSolid, token.colorErrorActive],
      ...[WHITE, PAGE].flatMap((background): Array<[string, string, string]> => [
        ['default', token.colorText, background],
        ['default hover', token.colorPrimaryTextHover, background],
        ['default hover border', token.colorPrimaryHover, background],
        ['default active', token.colorPrimaryTextActive, background],
        ['danger', token.colorError, background],
        ['danger hover', token.colorErrorTextHover, background],
        ['danger active', token.colorErrorTextActive, background],
        ['text secondary', token.colorTextSecondary, background],
        ['text tertiary', token.colorTextTertiary, background],
        ['description', token.colorTextDescription, background],
      ]),
      ['placeholder', token.colorTextPlaceholder, WHITE],
    ];
    expect(failing(pairs, TEXT)).toEqual([]);
  });

  it('draws antd’s focus ring (colorPrimaryBorder) at 3:1 against white and the page', () => {
    expect(
      failing(
        [
          ['focus ring on white', token.colorPrimaryBorder, WHITE],
          ['focus ring on the page', token.colorPrimaryBorder, PAGE],
          // a focused input's border is the primary colour
          ['focused input border', token.colorPrimary, WHITE],
        ],
        FOCUS,
      ),
    ).toEqual([]);
  });

  it('keeps the header’s and the drawer’s own colours (app.css) readable and their focus visible', () => {
    const current = declared(".tkh-nav-links-bar a[aria-current='page']", 'background');
    const drawerCurrent = declared(".tkh-nav-links-drawer a[aria-current='page']", 'background');
    const drawerHover = over(declared('.tkh-nav-links-drawer a:hover', 'background'), WHITE);
    const hoverHex = `#${drawerHover.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
    const texts: Array<[string, string, string]> = [
      ['bar link', declared('.tkh-nav-links-bar a', 'color'), HEADER],
      ['bar hover', declared('.tkh-nav-links-bar a:hover', 'color'), HEADER],
      ['bar current', declared(".tkh-nav-links-bar a[aria-current='page']", 'color'), current],
      ['brand', declared('.tkh-brand', 'color'), HEADER],
      ['account', declared('.tkh-header .tkh-account-name', 'color'), HEADER],
      ['drawer link', declared('.tkh-nav-links-drawer a', 'color'), WHITE],
      ['drawer hover', declared('.tkh-nav-links-drawer a', 'color'), hoverHex],
      ['drawer current', declared(".tkh-nav-links-drawer a[aria-current='page']", 'color'), drawerCurrent],
      ['skip link', declared('.tkh-skip-link', 'color'), declared('.tkh-skip-link', 'background')],
      ['footer', declared('.tkh-footer', 'color'), PAGE],
    ];
    expect(failing(texts, TEXT)).toEqual([]);
    const barFocus = outlineColor(declared('.tkh-nav-links a:focus-visible', 'outline'));
    const drawerFocus = declared('.tkh-nav-links-drawer a:focus-visible', 'outline-color');
    const brandFocus = outlineColor(declared('.tkh-brand:focus-visible', 'outline'));
    const rings: Array<[string, string, string]> = [
      ['bar focus', barFocus, HEADER],
      // drawn inside the link (offset -3px): against the current entry's background too
      ['bar focus on current', barFocus, current],
      ['brand and skip link focus', brandFocus, HEADER],
      ['drawer focus', drawerFocus, WHITE],
      ['drawer focus on current', drawerFocus, drawerCurrent],
    ];
    expect(failing(rings, FOCUS)).toEqual([]);
  });

  it('computes ratios as WCAG defines them', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // antd's default link, the reason for this theme
    expect(contrast('#1677ff', '#ffffff')).toBeLessThan(TEXT);
    expect(contrast('rgba(0, 0, 0, 0.45)', '#ffffff')).toBeLessThan(TEXT);
  });
});
