/**
 * The sentences of a boundary statement (issue 15.1) — hours, promise, time off, emergency — in
 * English or German and in three tones. Each returns '' when the profile has nothing to say
 * there, so the paragraph and a template leave it out the same way. German addresses the
 * client as "Sie" in every tone: a kick-off mail is not the place to guess at "du".
 */
import type { Clock } from './format.ts';
import type { ClientProfile, EmergencyPolicy, PromiseRule, ResponsePromise } from './profile.ts';
import { commonClosingTime, hoursPhrase, timeInText } from './statement-hours.ts';
import { awayInList, awayInProse, upcomingTimeOff } from './statement-time-off.ts';
import type { Language, TextOptions, Tone } from './statement-types.ts';
import { zoneNameInText } from './statement-zone.ts';

/** The hours with the zone, for `{hours}` and the hours sentence: "Monday to Friday, 8 am to 6 pm Eastern Time". */
export function hoursWithZone(profile: ClientProfile, o: TextOptions): string {
  const phrase = hoursPhrase(profile.hours, o.language, o.clock, 'long');
  if (phrase === null) return o.language === 'en' ? 'no set hours' : 'keine festen Zeiten';
  const zone = zoneNameInText(profile.timeZone, o.language, o.now);
  // A bare trailing zone would read as the last group's only; German never runs it on.
  return o.language === 'en' && phrase.groups === 1 ? `${phrase.text} ${zone}` : `${phrase.text} (${zone})`;
}

const HOURS_LEAD: Record<Language, Record<Tone, string>> = {
  en: { friendly: 'You can reach me', formal: 'My working hours are', short: 'Hours:' },
  de: { friendly: 'Sie erreichen mich', formal: 'Meine Geschäftszeiten sind', short: 'Arbeitszeiten:' },
};
const NO_HOURS: Record<Language, Record<Tone, string>> = {
  en: {
    friendly: "I don't keep set working hours at the moment.",
    formal: 'I do not currently keep set working hours.',
    short: 'Hours: none set.',
  },
  de: {
    friendly: 'Feste Arbeitszeiten habe ich im Moment nicht.',
    formal: 'Feste Geschäftszeiten habe ich derzeit nicht.',
    short: 'Arbeitszeiten: keine festen.',
  },
};

export function hoursSentence(profile: ClientProfile, o: TextOptions): string {
  if (hoursPhrase(profile.hours, o.language, o.clock, 'long') === null) return NO_HOURS[o.language][o.tone];
  return `${HOURS_LEAD[o.language][o.tone]} ${hoursWithZone(profile, o)}.`;
}

/** How soon, after "I reply": `within 24 hours`, `on the same business day`, `by noon the next business day`. */
function ruleClause(rule: PromiseRule, language: Language, clock: Clock, afterHours: boolean): string {
  const en = language === 'en';
  switch (rule.kind) {
    case 'within-hours':
      if (rule.hours === 1) return en ? 'within an hour' : 'innerhalb einer Stunde';
      return en ? `within ${rule.hours} hours` : `innerhalb von ${rule.hours} Stunden`;
    case 'within-business-hours':
      if (rule.hours === 1) return en ? 'within one business hour' : 'innerhalb einer Arbeitsstunde';
      return en ? `within ${rule.hours} business hours` : `innerhalb von ${rule.hours} Arbeitsstunden`;
    case 'same-business-day':
      // A request after the day's hours is due at the end of the next business day (promise.ts).
      if (afterHours) return en ? 'by the end of the next business day' : 'bis zum Ende des nächsten Arbeitstags';
      return en ? 'on the same business day' : 'noch am selben Arbeitstag';
    case 'next-business-day-by':
      return en
        ? `by ${timeInText(rule.time, language, clock)} the next business day`
        : `bis ${timeInText(rule.time, language, clock)} am nächsten Arbeitstag`;
  }
}

/** The shorter clause for the signature: `within 24 h`, `same business day`. */
export function ruleCompact(rule: PromiseRule, language: Language, clock: Clock): string {
  const en = language === 'en';
  switch (rule.kind) {
    case 'within-hours':
      return en ? `within ${rule.hours} h` : `innerhalb von ${rule.hours} Std.`;
    case 'within-business-hours':
      return en ? `within ${rule.hours} business hours` : `innerhalb von ${rule.hours} Arbeitsstunden`;
    case 'same-business-day':
      return en ? 'same business day' : 'am selben Arbeitstag';
    case 'next-business-day-by':
      return en
        ? `by ${timeInText(rule.time, language, clock)} next business day`
        : `bis ${timeInText(rule.time, language, clock)} am nächsten Arbeitstag`;
  }
}

/** An after-hours promise identical to the regular one says nothing new. */
function distinctAfterHours(p: ResponsePromise): PromiseRule | null {
  if (p.afterHours === undefined) return null;
  return JSON.stringify(p.afterHours) === JSON.stringify(p.regular) ? null : p.afterHours;
}

/** "after 6 pm" when every working day closes then, else "outside my hours". */
function whenAfterHours(profile: ClientProfile, o: TextOptions): string {
  const closing = commonClosingTime(profile.hours);
  if (closing !== null) return `${o.language === 'en' ? 'after' : 'nach'} ${timeInText(closing, o.language, o.clock)}`;
  const outside: Record<Language, Record<Tone, string>> = {
    en: { friendly: 'outside my hours', formal: 'outside these hours', short: 'outside hours' },
    de: {
      friendly: 'außerhalb meiner Arbeitszeiten',
      formal: 'außerhalb dieser Zeiten',
      short: 'außerhalb der Zeiten',
    },
  };
  return outside[o.language][o.tone];
}

export function promiseSentence(profile: ClientProfile, o: TextOptions): string {
  const regular = ruleClause(profile.promise.regular, o.language, o.clock, false);
  const after = distinctAfterHours(profile.promise);
  const a = after === null ? null : ruleClause(after, o.language, o.clock, true);
  const when = whenAfterHours(profile, o);
  if (o.language === 'en') {
    switch (o.tone) {
      case 'friendly':
        return a === null ? `I reply ${regular}.` : `I reply ${regular}; anything that arrives ${when}, ${a}.`;
      case 'formal':
        return a === null
          ? `I respond to messages ${regular}.`
          : `I respond to messages ${regular}; messages received ${when} are answered ${a}.`;
      case 'short':
        return a === null ? `Replies ${regular}.` : `Replies ${regular}; ${when}, ${a}.`;
    }
  }
  switch (o.tone) {
    case 'friendly':
      return a === null
        ? `Ich antworte ${regular}.`
        : `Ich antworte ${regular}; was ${when} eingeht, beantworte ich ${a}.`;
    case 'formal':
      return a === null
        ? `Ich beantworte Nachrichten ${regular}.`
        : `Ich beantworte Nachrichten ${regular}; Nachrichten, die ${when} eingehen, beantworte ich ${a}.`;
    case 'short':
      return a === null ? `Antwort ${regular}.` : `Antwort ${regular}; ${when}: ${a}.`;
  }
}

function joinAnd(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'und'} ${items[items.length - 1]!}`;
}

export function timeOffSentence(profile: ClientProfile, o: TextOptions): string {
  const away = upcomingTimeOff(profile.timeOff, profile.timeZone, o.now);
  if (away.length === 0) return '';
  if (o.tone === 'short')
    return `${o.language === 'en' ? 'Away' : 'Abwesend'}: ${away.map((a) => awayInList(a, o.language)).join('; ')}.`;
  const when = joinAnd(
    away.map((a) => awayInProse(a, o.language)),
    o.language,
  );
  if (o.language === 'en')
    return o.tone === 'friendly' ? `I'm away ${when}.` : `Please note that I will be away ${when}.`;
  return o.tone === 'friendly'
    ? `Ich bin ${when} nicht erreichbar.`
    : `Bitte beachten Sie, dass ich ${when} nicht erreichbar bin.`;
}

const PHONE = /^\+?\d[\d\s()./-]{3,}\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How to reach the user, as the end of the emergency sentence; the user's own words when they are more than a number or address. */
function reachMe(channel: string, language: Language, tone: Tone): string {
  const en = language === 'en';
  if (PHONE.test(channel)) {
    if (en) return tone === 'friendly' ? `call me on ${channel}` : `please call ${channel}`;
    return tone === 'friendly' ? `rufen Sie mich unter ${channel} an` : `rufen Sie mich bitte unter ${channel} an`;
  }
  if (EMAIL.test(channel)) {
    if (en) return tone === 'friendly' ? `write to me at ${channel}` : `please write to ${channel}`;
    return tone === 'friendly' ? `schreiben Sie mir an ${channel}` : `schreiben Sie mir bitte an ${channel}`;
  }
  return channel;
}

/** Without a channel there is no arrangement to state, whatever the situations. */
export function emergencySentence(emergency: EmergencyPolicy, o: TextOptions): string {
  const channel = emergency.channel.trim();
  if (channel === '') return '';
  const situations = emergency.situations
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(', ');
  const has = situations !== '';
  const own = !PHONE.test(channel) && !EMAIL.test(channel);
  const reach = reachMe(channel, o.language, o.tone);
  if (o.tone === 'short') {
    const lead = o.language === 'en' ? 'Emergencies' : 'Notfälle';
    return has ? `${lead} (${situations}): ${channel}.` : `${lead}: ${channel}.`;
  }
  if (o.language === 'en') {
    if (o.tone === 'friendly')
      return has ? `For a real emergency — ${situations} — ${reach}.` : `For a real emergency, ${reach}.`;
    return has ? `In a genuine emergency (${situations}), ${reach}.` : `In a genuine emergency, ${reach}.`;
  }
  // The user's own words may not fit a German verb frame, so they follow a colon.
  const lead = o.tone === 'friendly' ? 'Für einen echten Notfall' : 'In einem echten Notfall';
  if (own) return has ? `${lead} (${situations}): ${channel}.` : `${lead}: ${channel}.`;
  if (o.tone === 'friendly') return has ? `${lead} – ${situations} – ${reach}.` : `${lead} ${reach}.`;
  return has ? `${lead} (${situations}) ${reach}.` : `${lead} ${reach}.`;
}
