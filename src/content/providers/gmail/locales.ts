/**
 * The languages Gmail may be writing dates in: the page's own (`<html lang>` follows Gmail's
 * display language), the browser's, and English as the last resort. Only locales Intl knows.
 */
export function pageLocales(doc: Document): string[] {
  const candidates = [doc.documentElement.lang, doc.defaultView?.navigator.language, 'en-US'];
  const locales: string[] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(candidate);
      if (supported && !locales.includes(supported)) locales.push(supported);
    } catch {
      // not a well-formed language tag: skip it
    }
  }
  return locales;
}
