// @vitest-environment happy-dom
/**
 * One adapter contract (testing/adapter-contract.ts) for both providers, over their dated DOM
 * fixtures: the simulated pages' captures and the pages written from research. A new provider
 * adds its run here.
 */
import { adapterContract } from './testing/adapter-contract.ts';
import { gmailAdapter } from './gmail/adapter.ts';
import { outlookAdapter } from './outlook/adapter.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/';
const none = { to: [], cc: [], bcc: [] };
const janeAndTyped = ['jane@acme.com', 'half@typed.example'];

adapterContract({
  provider: 'gmail',
  adapter: gmailAdapter,
  composes: [
    {
      fixture: 'sim-compose-popup',
      url: `${GMAIL}#inbox`,
      kind: 'popup',
      recipients: janeAndTyped,
      fields: { ...none, to: janeAndTyped },
      subject: 'Quarterly figures',
      body: '',
    },
    {
      fixture: 'sim-inline-reply',
      url: `${GMAIL}#inbox`,
      kind: 'inline',
      recipients: ['jane@acme.com'],
      fields: { ...none, to: ['jane@acme.com'] },
      subject: 'Re: Launch week: homepage status',
      body: '',
    },
    {
      fixture: 'sim-popout',
      url: `${GMAIL}?view=cm&fs=1`,
      kind: 'popout',
      recipients: [],
      fields: none,
      subject: '',
      body: '',
    },
    {
      fixture: 'research-compose-popup',
      url: `${GMAIL}#inbox`,
      kind: 'popup',
      recipients: janeAndTyped,
      fields: { ...none, to: janeAndTyped },
      subject: 'Quarterly figures',
      body: 'The figures are attached.',
    },
    {
      // Research gives the old UI's chip input no field name: the chip counts, but in no field.
      fixture: 'research-inline-reply',
      url: `${GMAIL}#inbox/18f3a1b2c3d4e5f6`,
      kind: 'inline',
      recipients: ['Jane Doe <jane@acme.com>'],
      fields: none,
      subject: 'Re: Quarterly figures',
      body: 'Attached.',
    },
  ],
  pages: [
    { fixture: 'sim-inbox', url: `${GMAIL}#inbox` },
    { fixture: 'sim-sent', url: `${GMAIL}#sent` },
    { fixture: 'research-sent', url: `${GMAIL}#sent` },
  ],
});

adapterContract({
  provider: 'outlook',
  adapter: outlookAdapter,
  composes: [
    {
      fixture: 'sim-compose-new',
      url: `${OUTLOOK}inbox`,
      kind: 'new',
      recipients: janeAndTyped,
      fields: { ...none, to: janeAndTyped },
      subject: 'Quarterly figures',
      body: '',
    },
    {
      fixture: 'sim-reply',
      url: `${OUTLOOK}inbox`,
      kind: 'inline',
      recipients: ['bob@globex.com'],
      fields: { ...none, to: ['bob@globex.com'] },
      subject: 'RE: Launch plan',
      body: '',
    },
    {
      fixture: 'research-compose',
      url: `${OUTLOOK}inbox`,
      kind: 'new',
      recipients: janeAndTyped,
      fields: { ...none, to: janeAndTyped },
      subject: 'Quarterly figures',
      body: 'The figures are attached.',
    },
  ],
  pages: [
    { fixture: 'sim-inbox', url: `${OUTLOOK}inbox` },
    { fixture: 'sim-sent-items', url: `${OUTLOOK}sentitems` },
    { fixture: 'research-sent-items', url: `${OUTLOOK}sentitems` },
  ],
});
