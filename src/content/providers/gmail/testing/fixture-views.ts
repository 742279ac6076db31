/**
 * The views of the simulated Gmail that scripts/capture-fixtures.mjs saves as fixtures
 * (gmail/fixtures/sim-<view>.html): each `show` leaves the test's document in that view.
 */
import { waitFor } from '../../../dom/wait.ts';
import type { FixtureView } from '../../testing/fixture-view.ts';
import { $, loadGmail, openCompose, STORE_PREFIX, toBox, typeText } from './simulated-gmail.ts';

const SENT = {
  id: 'fixture-sent',
  kind: 'new',
  to: ['jane@acme.com'],
  cc: [],
  bcc: [],
  subject: 'Quarterly figures',
  body: '<div>The figures are attached.</div>',
  time: '2026-12-01T09:30:00Z',
};

export const GMAIL_VIEWS: readonly FixtureView[] = [
  { view: 'inbox', what: 'the inbox with the open thread, no compose', show: async () => void loadGmail() },
  {
    view: 'compose-popup',
    what: 'a pop-up compose with one chip in To, a half-typed address and a subject',
    show: async () => {
      loadGmail();
      const popup = openCompose();
      typeText(toBox(popup), 'jane@acme.com,');
      typeText(toBox(popup), 'half@typed.example');
      const subject = $('input[name=subjectbox]', popup) as HTMLInputElement;
      subject.value = 'Quarterly figures';
      subject.dispatchEvent(new Event('input', { bubbles: true }));
    },
  },
  {
    view: 'inline-reply',
    what: 'an inline reply open below the thread',
    show: async () => {
      loadGmail();
      $('.ams.bkH').click();
    },
  },
  {
    view: 'popout',
    what: 'the pop-out compose window (?view=cm&fs=1)',
    show: async () => void loadGmail('?view=cm&fs=1'),
  },
  {
    view: 'sent',
    what: 'the Sent folder with one sent message',
    show: async () => {
      loadGmail();
      const store = { sent: [SENT], scheduled: [], drafts: [], outbox: [] };
      localStorage.setItem(`${STORE_PREFIX}/mail/u/0/`, JSON.stringify(store));
      loadGmail('', { keep: true });
      location.hash = '#sent';
      // Gmail repaints main a moment after the hash changes: wait for the Sent row.
      const row = () => document.querySelector('[role=main] tr.zA .bog')?.textContent === SENT.subject;
      await waitFor(document, row, 5_000);
    },
  },
];
