/** Shows a stored wall time (`HH:mm`, `24:00`) on the user's chosen clock: `18:00` or `6:00 PM`. */
export function wallTimeText(hhmm: string, clock: '12h' | '24h'): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m || clock === '24h') return hhmm;
  const h = Number(m[1]) % 24;
  const suffix = h < 12 ? 'AM' : 'PM';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${m[2]} ${suffix}`;
}
