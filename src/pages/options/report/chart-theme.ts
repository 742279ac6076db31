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
  /** The page's surface behind the chart (tints are mixed towards it, opaque, so stacked bars never blend). */
  surface: string;
  /** A colour (the client's) in the form the tints can be mixed from. */
  normalise: (color: string) => string;
  /** CSS font for the axes, sized from the page's own text. */
  font: string;
  fontPx: number;
}

/**
 * Any CSS colour as the canvas writes it back (`#rrggbb` for an opaque colour), so the tints
 * below can be mixed whatever form a token is written in.
 */
function canvasColor(value: string, fallback: string): string {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return value || fallback;
  ctx.fillStyle = fallback;
  ctx.fillStyle = value;
  return typeof ctx.fillStyle === 'string' ? ctx.fillStyle : fallback;
}

export function readChartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const raw = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const token = (name: string, fallback: string) => canvasColor(raw(name, fallback), fallback);
  const fontPx = Number.parseFloat(style.fontSize) || 15;
  const family = raw('--rc-font-sans', 'system-ui, sans-serif');
  return {
    text: token('--rc-color-text', '#1c1b1a'),
    muted: token('--rc-color-text-muted', '#5c5853'),
    grid: token('--rc-color-border', '#cfcac4'),
    emergency: token('--rc-color-warning', '#7a4b00'),
    sentAnyway: token('--rc-color-danger', '#a4161a'),
    surface: token('--rc-color-surface', '#ffffff'),
    normalise: (color: string) => canvasColor(color, '#808080'),
    font: `${Math.round(fontPx * 0.87)}px ${family}`,
    fontPx,
  };
}

function rgb(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  return [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16)) as [number, number, number];
}

/**
 * `color` mixed with `towards` (`share` of `color`, 0–1), as an opaque `#rrggbb`: a lighter tint of
 * the client's colour on the page's surface. Colours that are not `#rrggbb` come back unchanged.
 */
export function mixColors(color: string, towards: string, share: number): string {
  const a = rgb(color);
  const b = rgb(towards);
  if (a === null || b === null) return color;
  const hex = a.map((v, i) =>
    Math.round(v * share + (b[i] ?? 0) * (1 - share))
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${hex.join('')}`;
}
