import { describe, expect, it } from 'vitest';
import { statementPieces, type StatementPieces } from './statement.ts';
import { renderTemplate } from './statement-template.ts';
import { profile } from './testing/profile-fixture.ts';

const PIECES: StatementPieces = {
  hours: 'Monday to Friday, 8 am to 6 pm Eastern Time',
  promise: 'I reply within 24 hours.',
  timeOff: '',
  emergency: 'For a real emergency, call me on 555-0100.',
  channel: '555-0100',
  name: 'Jana',
};

describe('renderTemplate', () => {
  it('fills every placeholder', () =>
    expect(
      renderTemplate('Hours: {hours}. {promise} {emergency} ({channel}) {timeOff}— {name}', {
        ...PIECES,
        timeOff: 'Away on 24 December.',
      }),
    ).toEqual({
      ok: true,
      text: 'Hours: Monday to Friday, 8 am to 6 pm Eastern Time. I reply within 24 hours. For a real emergency, call me on 555-0100. (555-0100) Away on 24 December.— Jana',
    }));

  it('fills a placeholder used twice', () =>
    expect(renderTemplate('{channel} / {channel}', PIECES)).toEqual({ ok: true, text: '555-0100 / 555-0100' }));

  it('drops a line that held only placeholders which came out empty', () =>
    expect(
      renderTemplate('My hours: {hours}.\n{timeOff}\n{promise}\n\nBest,\n{name}', { ...PIECES, name: '' }),
    ).toEqual({
      ok: true,
      text: 'My hours: Monday to Friday, 8 am to 6 pm Eastern Time.\nI reply within 24 hours.\n\nBest,',
    }));

  it('keeps braces that hold a placeholder name only', () =>
    expect(renderTemplate('{promise} {{name}}', PIECES)).toEqual({
      ok: true,
      text: 'I reply within 24 hours. {Jana}',
    }));

  it.each([
    ['a misspelt placeholder', 'Hours: {hour}', '{hour}'],
    ['the wrong case', '{TimeOff}', '{TimeOff}'],
    ['spaces inside', '{ hours }', '{ hours }'],
    ['an empty pair', 'Hours: {}', '{}'],
    ['the first of several', '{hours} {foo} {bar}', '{foo}'],
  ])('refuses %s, naming it', (_label, template, named) =>
    expect(renderTemplate(template, PIECES)).toEqual({
      ok: false,
      problem: {
        path: 'template',
        message: `The template uses ${named}, which is not a placeholder; the placeholders are {hours}, {promise}, {timeOff}, {emergency}, {channel}, {name}.`,
      },
    }),
  );

  it.each([
    ['an empty template', '', 'The template gives an empty text.'],
    ['only spaces and lines', '  \n \n', 'The template gives an empty text.'],
    ['one empty placeholder', '{timeOff}', 'The template gives an empty text: {timeOff} is empty for this client.'],
    [
      'several empty placeholders',
      '{timeOff}\n{emergency} {channel}',
      'The template gives an empty text: {timeOff}, {emergency}, {channel} are empty for this client.',
    ],
  ])('refuses %s', (_label, template, message) =>
    expect(renderTemplate(template, { ...PIECES, timeOff: '', emergency: '', channel: '' })).toEqual({
      ok: false,
      problem: { path: 'template', message },
    }),
  );
});

describe('statementPieces', () => {
  const acme = profile({
    id: 'acme',
    timeZone: 'America/New_York',
    promise: {
      regular: { kind: 'within-hours', hours: 24 },
      afterHours: { kind: 'next-business-day-by', time: '12:00' },
    },
    emergency: { situations: ['the website is down'], keywords: [], channel: ' 555-0100 ' },
  });
  const now = new Date('2026-12-04T17:00:00Z');

  it('are the paragraph’s own pieces, in the tone and language asked', () =>
    expect(statementPieces(acme, { tone: 'friendly', language: 'en', clock: '12h', now, userName: ' Jana ' })).toEqual({
      hours: 'Monday to Friday, 8 am to 6 pm Eastern Time',
      promise: 'I reply within 24 hours; anything that arrives after 6 pm, by noon the next business day.',
      timeOff: '',
      emergency: 'For a real emergency — the website is down — call me on 555-0100.',
      channel: '555-0100',
      name: 'Jana',
    }));

  it('render a German template', () => {
    const pieces = statementPieces(acme, { tone: 'formal', language: 'de', clock: '24h', now });
    expect(renderTemplate('Erreichbar: {hours}.\n{promise}\n{timeOff}\nNotfall: {channel}', pieces)).toEqual({
      ok: true,
      text: 'Erreichbar: Montag bis Freitag, 8 bis 18 Uhr (nordamerikanische Ostküstenzeit).\nIch beantworte Nachrichten innerhalb von 24 Stunden; Nachrichten, die nach 18 Uhr eingehen, beantworte ich bis 12 Uhr am nächsten Arbeitstag.\nNotfall: 555-0100',
    });
  });
});
