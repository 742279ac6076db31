/** Month names as a locale writes them in dates (Intl), for reading and matching Gmail's dates. */

const cache = new Map<string, ReadonlyMap<string, number>>();

/** `Sept.` → `sept`: Gmail writes some abbreviations with a dot and some without. */
export function monthKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Short and long month names of `locale`, keyed by `monthKey`, valued 0–11. */
export function monthNames(locale: string): ReadonlyMap<string, number> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Map<string, number>();
  for (const month of ['short', 'long'] as const) {
    // Taken from a full date so the form is the one used inside dates (not the stand-alone one).
    const format = new Intl.DateTimeFormat(locale, { month, day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const part = format.formatToParts(new Date(Date.UTC(2026, m, 15))).find((p) => p.type === 'month');
      if (part) names.set(monthKey(part.value), m);
    }
  }
  cache.set(locale, names);
  return names;
}
