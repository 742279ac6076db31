/** Finding IANA zones by what a person types: "new y" finds America/New_York. */
export function normaliseZoneText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The zones matching `query`, best first: the city starts with the query, then a word
 * starts with it, then it appears anywhere (in the zone name or its label).
 */
export function searchZones(zones: readonly string[], labels: ReadonlyMap<string, string>, query: string): string[] {
  const q = normaliseZoneText(query);
  if (q === '') return [...zones];
  const scored: { zone: string; score: number; index: number }[] = [];
  zones.forEach((zone, index) => {
    const name = normaliseZoneText(zone);
    const city = normaliseZoneText(zone.slice(zone.lastIndexOf('/') + 1));
    const label = normaliseZoneText(labels.get(zone) ?? '');
    let score: number;
    if (city.startsWith(q)) score = 0;
    else if (name.split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(q))) score = 1;
    else if (name.includes(q) || label.includes(q)) score = 2;
    else return;
    scored.push({ zone, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.map((s) => s.zone);
}
