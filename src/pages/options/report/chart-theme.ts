/**
 * The chart's colours and type from the page's own design tokens (src/pages/ui/tokens.css), read
 * at draw time so the light and dark themes and the user's font size (zoom) are followed.
 */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  emergency: string;
  sentAnyway: string;
  /** CSS font for the axes, sized from the page's own text. */
  font: string;
  fontPx: number;
}

export function readChartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fontPx = Number.parseFloat(style.fontSize) || 15;
  const family = token('--rc-font-sans', 'system-ui, sans-serif');
  return {
    text: token('--rc-color-text', '#1c1b1a'),
    muted: token('--rc-color-text-muted', '#5c5853'),
    grid: token('--rc-color-border', '#cfcac4'),
    emergency: token('--rc-color-warning', '#7a4b00'),
    sentAnyway: token('--rc-color-danger', '#a4161a'),
    font: `${Math.round(fontPx * 0.87)}px ${family}`,
    fontPx,
  };
}

/** `#1d6fd1` at `alpha` (0–1) as `rgb(… / a)`; any other colour text is returned as it is. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}
