import { describe, expect, it } from 'vitest';
import { findSignals } from './emergency-signals.ts';
import type { TriageAnswer, TriageAnswers } from './ledger-types.ts';
import { guardView } from './guard-view.ts';
import { DEFAULT_SETTINGS } from './profile.ts';
import { profile } from './testing/profile-fixture.ts';
import {
  clientList,
  suggestTriage,
  TRIAGE_KEYS,
  triageContext,
  triageContextOf,
  triageQuestions,
  type TriageContext,
} from './triage.ts';
import { verdict } from './verdict.ts';

const acme: TriageContext = {
  clientNames: ['Acme'],
  situations: ['Site down', 'Data breach'],
  channel: 'call 555-0100',
  nextWindowLabel: 'Tue 08:00',
};

const strongSignals = findSignals('The site is down since 9!', [
  { situations: ['Site down'], keywords: [], channel: '' },
]);
const weakSignals = findSignals('Need this ASAP, it is urgent', [
  { situations: ['Site down'], keywords: [], channel: '' },
]);

describe('triageQuestions', () => {
  it('asks the three questions of DESIGN §2.4, in order, worded for the client', () => {
    const questions = triageQuestions(acme);
    expect(questions.map((q) => q.key)).toEqual(TRIAGE_KEYS);
    expect(questions).toEqual([
      {
        key: 'agreedSituation',
        text: 'Is it one of the situations Acme agreed counts as an emergency?',
        hint: 'Agreed with Acme: Site down; Data breach.',
      },
      {
        key: 'realHarm',
        text: "Will waiting until Tue 08:00 cause real harm to Acme's business?",
        hint: expect.stringMatching(/^Real harm is /) as unknown as string,
      },
      {
        key: 'emergencyToClient',
        text: 'Is it an emergency to Acme, even if not to you?',
        hint: 'If so, acknowledge it with empathy, then answer on schedule or by the agreed channel (call 555-0100).',
      },
    ]);
  });

  it('says when no situations or channel were agreed, and when no window opens', () => {
    const [agreed, harm, toClient] = triageQuestions({
      clientNames: ['Globex'],
      situations: [],
      channel: ' ',
      nextWindowLabel: null,
    });
    expect(agreed?.hint).toBe('No emergency situations were agreed with Globex.');
    expect(harm?.text).toBe("Will waiting until the next window cause real harm to Globex's business?");
    expect(toClient?.hint).toBe('If so, acknowledge it with empathy, then answer on schedule.');
  });

  it('names several clients together', () => {
    const [agreed, harm, toClient] = triageQuestions({ ...acme, clientNames: ['Acme', 'Globex', 'Initech'] });
    expect(agreed?.text).toBe('Is it one of the situations Acme, Globex and Initech agreed counts as an emergency?');
    expect(harm?.text).toBe('Will waiting until Tue 08:00 cause real harm to the business of Acme, Globex or Initech?');
    expect(toClient?.text).toBe('Is it an emergency to Acme, Globex and Initech, even if not to you?');
  });

  it('writes the possessive of a name ending in s', () => {
    expect(triageQuestions({ ...acme, clientNames: ['Wayne Enterprises'] })[1]?.text).toContain(
      "Wayne Enterprises' business",
    );
  });
});

describe('triageContext', () => {
  it('merges the policies of the matched clients without repeats', () => {
    const ctx = triageContext(
      [
        { name: 'Acme', policy: { situations: ['Site down', ' '], keywords: [], channel: 'call 555-0100' } },
        { name: 'Globex', policy: { situations: ['Site down', 'Press inquiry'], keywords: [], channel: '' } },
      ],
      'Tue 08:00',
    );
    expect(ctx).toEqual({
      clientNames: ['Acme', 'Globex'],
      situations: ['Site down', 'Press inquiry'],
      channel: 'call 555-0100',
      nextWindowLabel: 'Tue 08:00',
    });
  });
});

describe('triageContextOf', () => {
  it('reads the clients, their policies and the button’s time from a real guard check', () => {
    const acmeProfile = profile({
      id: 'acme',
      name: 'Acme',
      timeZone: 'America/New_York',
      match: ['acme.com'],
      emergency: { situations: ['Site down'], keywords: [], channel: 'call 555-0100' },
    });
    const settings = { ...DEFAULT_SETTINGS, clock: '12h' as const };
    const now = new Date('2026-11-24T01:10:00Z'); // Monday 20:10 in New York
    const v = verdict(['jane@acme.com'], [acmeProfile], settings, now);
    const check = {
      verdict: v,
      view: guardView(v, [acmeProfile], settings, now, 'Europe/Berlin'),
      emergency: [
        {
          profile: { id: 'acme', name: 'Acme', color: '#d62828', timeZone: 'America/New_York' },
          policy: acmeProfile.emergency,
        },
      ],
      clock: settings.clock,
      delivery: 'provider' as const,
    };
    expect(triageContextOf(check)).toEqual({
      clientNames: ['Acme'],
      situations: ['Site down'],
      channel: 'call 555-0100',
      nextWindowLabel: 'Tue 8:00 AM',
    });
  });
});

describe('clientList', () => {
  it.each([
    [[], 'the client'],
    [['Acme'], 'Acme'],
    [['Acme', 'Globex'], 'Acme and Globex'],
    [['Acme', 'Globex', 'Initech'], 'Acme, Globex and Initech'],
  ])('%j → %s', (names, text) => expect(clientList(names)).toBe(text));
});

type Row = [
  label: string,
  answers: Partial<TriageAnswers>,
  signals: 'strong' | 'weak' | 'none',
  expected: 'real-emergency' | 'red-cup',
];

describe('suggestTriage', () => {
  const rows: Row[] = [
    [
      'agreed and harmful',
      { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'yes' },
      'none',
      'real-emergency',
    ],
    [
      'agreed and harmful, to the client or not',
      { agreedSituation: 'yes', realHarm: 'yes', emergencyToClient: 'no' },
      'weak',
      'real-emergency',
    ],
    [
      'agreed, harm unsure, the request names the situation',
      { agreedSituation: 'yes', realHarm: 'unsure' },
      'strong',
      'real-emergency',
    ],
    ['agreed, harm unsure, only general words', { agreedSituation: 'yes', realHarm: 'unsure' }, 'weak', 'red-cup'],
    ['agreed, harm unanswered, even with strong signals', { agreedSituation: 'yes' }, 'strong', 'red-cup'],
    ['agreed, no harm', { agreedSituation: 'yes', realHarm: 'no', emergencyToClient: 'yes' }, 'strong', 'red-cup'],
    ['not agreed, harmful', { agreedSituation: 'no', realHarm: 'yes' }, 'strong', 'red-cup'],
    ['unsure whether agreed, harmful', { agreedSituation: 'unsure', realHarm: 'yes' }, 'strong', 'red-cup'],
    ['only "an emergency to the client"', { emergencyToClient: 'yes' }, 'strong', 'red-cup'],
    ['nothing answered', {}, 'strong', 'red-cup'],
  ];
  const signalsFor = { strong: strongSignals, weak: weakSignals, none: [] };

  it.each(rows)('%s → %s', (_label, answers, signals, expected) => {
    expect(suggestTriage(answers, signalsFor[signals], acme).suggestion).toBe(expected);
  });

  it('gives its reasons in plain sentences', () => {
    expect(
      suggestTriage({ agreedSituation: 'no', realHarm: 'no', emergencyToClient: 'yes' }, weakSignals, acme),
    ).toEqual({
      suggestion: 'red-cup',
      reasons: [
        'It is not one of the situations Acme agreed count as emergencies.',
        'Waiting until Tue 08:00 does no real harm.',
        'It feels urgent to Acme: acknowledge it with empathy and answer on schedule or by the agreed channel (call 555-0100).',
      ],
    });
    expect(suggestTriage({ agreedSituation: 'yes', realHarm: 'yes' }, [], acme)).toEqual({
      suggestion: 'real-emergency',
      reasons: [
        'It is one of the situations Acme agreed count as emergencies.',
        "Waiting until Tue 08:00 would cause real harm to Acme's business.",
      ],
    });
  });

  it('explains a real emergency found through the request itself', () => {
    const { reasons } = suggestTriage({ agreedSituation: 'yes', realHarm: 'unsure' }, strongSignals, acme);
    expect(reasons[1]).toBe(
      'You are not sure waiting until Tue 08:00 does real harm, but the request names “Site down”, which Acme agreed counts as an emergency.',
    );
  });

  it('points at an agreed situation in the request when the first answer is not yes', () => {
    const { reasons } = suggestTriage({ agreedSituation: 'no', realHarm: 'yes' }, strongSignals, acme);
    expect(reasons).toContain(
      'The request names “Site down”, which Acme agreed counts as an emergency: check the first answer.',
    );
  });

  it.each<[TriageAnswer | undefined, string]>([
    ['yes', 'It is one of the situations Acme agreed count as emergencies.'],
    ['no', 'It is not one of the situations Acme agreed count as emergencies.'],
    ['unsure', 'You are not sure it is one of the situations Acme agreed count as emergencies.'],
    [undefined, 'You have not said whether it is one of the situations Acme agreed count as emergencies.'],
  ])('says what the first answer (%s) means', (answer, reason) => {
    const answers: Partial<TriageAnswers> = answer === undefined ? {} : { agreedSituation: answer };
    expect(suggestTriage(answers, [], acme).reasons[0]).toBe(reason);
  });

  it('leaves out the agreed channel when there is none, and words a missing context plainly', () => {
    const { reasons } = suggestTriage({ agreedSituation: 'no', realHarm: 'unsure', emergencyToClient: 'yes' }, []);
    expect(reasons).toEqual([
      'It is not one of the situations the client agreed count as emergencies.',
      'You are not sure waiting until the next window does real harm.',
      'It feels urgent to the client: acknowledge it with empathy and answer on schedule.',
    ]);
  });
});
