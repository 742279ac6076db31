/**
 * The views of the simulated Outlook that scripts/capture-fixtures.mjs saves as fixtures
 * (outlook/fixtures/sim-<view>.html): each `show` leaves the test's document in that view.
 */
import { waitFor } from '../../../dom/wait.ts';
import type { FixtureView } from '../../testing/fixture-view.ts';
import { $, $$, field, loadOutlook, newMessage, reply, STORE_PREFIX, type } from './simulated-outlook.ts';

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

export const OUTLOOK_VIEWS: readonly FixtureView[] = [
  {
    view: 'inbox',
    what: 'the inbox with a conversation open in the reading pane, no compose',
    show: async () => void loadOutlook(),
  },
  {
    view: 'compose-new',
    what: 'a new message with one resolved recipient, a half-typed address and a subject',
    show: async () => {
      loadOutlook();
      const fresh = newMessage();
      type(field(fresh, 'To'), 'jane@acme.com', 'Enter');
      type(field(fresh, 'To'), 'half@typed.example');
      const subject = $<HTMLInputElement>('input[aria-label="Add a subject"]', fresh);
      subject.value = 'Quarterly figures';
      subject.dispatchEvent(new Event('input', { bubbles: true }));
    },
  },
  {
    view: 'reply',
    what: 'an inline reply in the reading pane',
    show: async () => {
      loadOutlook();
      reply();
    },
  },
  {
    view: 'sent-items',
    what: 'Sent Items with one sent message',
    show: async () => {
      loadOutlook();
      const store = { sent: [SENT], scheduled: [], drafts: [] };
      localStorage.setItem(`${STORE_PREFIX}outlook.office.com/mail/`, JSON.stringify(store));
      loadOutlook({ keep: true });
      $('[role=treeitem][data-folder=sentitems]').click();
      // Outlook repaints the list a moment after the folder changes: wait for the Sent Items row.
      const row = () =>
        $$('[role=option][data-convid]').some((el) => el.getAttribute('aria-label')?.includes(SENT.subject));
      await waitFor(document, row, 5_000);
    },
  },
];
