import { useState } from 'preact/hooks';
import { formatWhen, zoneAbbreviation, type Clock } from '../../../core/format.ts';
import type { TriageRecordInput } from '../../../core/ledger-types.ts';
import type { ClientProfile, Settings } from '../../../core/profile.ts';
import { PROVIDERS } from '../../../core/providers.ts';
import type { QueueEntry } from '../../../core/queue-types.ts';
import { triageContext } from '../../../core/triage.ts';
import { verdict } from '../../../core/verdict.ts';
import { Button } from '../../ui/Button.tsx';
import { ColorDot } from '../../ui/ColorDot.tsx';
import { actionsFor, providerName, stateText } from './queue-model.ts';
import { RetimeForm } from './RetimeForm.tsx';
import { SendNowTriage } from './SendNowTriage.tsx';

/** What the page does for a row: each answers the message to announce, or throws nothing and reports through `onError`. */
export interface RowActions {
  cancel: (entry: QueueEntry) => void;
  retime: (entry: QueueEntry, dueAt: string) => Promise<void>;
  sendNow: (entry: QueueEntry, triage: TriageRecordInput | null) => Promise<void>;
  openInCompose: (entry: QueueEntry) => Promise<void>;
  settleSent: (entry: QueueEntry) => Promise<void>;
}

export interface QueueRowProps {
  entry: QueueEntry;
  profiles: readonly ClientProfile[];
  settings: Settings;
  userZone: string;
  clock: Clock;
  nowMs: number;
  actions: RowActions;
}

type Mode = 'idle' | 'retime' | 'triage';

function when(iso: string, zone: string, clock: Clock, nowIso: string): string {
  return `${formatWhen(iso, zone, clock, nowIso)} ${zoneAbbreviation(zone, iso)}`;
}

/** One reply: when, to whom, for which client, its state, and what can still be done with it. */
export function QueueRow({ entry, profiles, settings, userZone, clock, nowMs, actions }: QueueRowProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const nowIso = new Date(nowMs).toISOString();
  const clients = entry.profileIds.flatMap((id) => profiles.filter((p) => p.id === id));
  const clientZone = clients[0]?.timeZone ?? userZone;
  const allowed = actionsFor(entry, nowMs);
  const subject = entry.subject.trim() === '' ? '(no subject)' : entry.subject;

  const sendNow = async () => {
    const now = new Date();
    const result = verdict(entry.recipients, profiles, { ...settings, pausedUntil: null }, now);
    if (result.kind === 'outside') setMode('triage');
    else await actions.sendNow(entry, null);
  };

  const context = () => {
    const now = new Date();
    const result = verdict(entry.recipients, profiles, { ...settings, pausedUntil: null }, now);
    const next =
      result.kind === 'outside' && result.nextWindow !== null
        ? formatWhen(result.nextWindow, clientZone, clock, now.toISOString())
        : null;
    return triageContext(
      clients.map((c) => ({ name: c.name, policy: c.emergency })),
      next,
    );
  };

  return (
    <li class="rc-queue__item" aria-label={`${subject} to ${entry.recipients.join(', ')}`}>
      <div class="rc-queue__summary">
        <span class="rc-queue__when">{when(entry.dueAt, userZone, clock, nowIso)}</span>
        {clientZone !== userZone ? (
          <span class="rc-muted"> ({when(entry.dueAt, clientZone, clock, nowIso)} for the client)</span>
        ) : null}{' '}
        <span class="rc-queue__subject">{subject}</span>{' '}
        <span class="rc-queue__to">To {entry.recipients.join(', ')}</span>{' '}
        <span class="rc-queue__clients">
          {clients.map((c) => (
            <span key={c.id} class="rc-queue__client">
              <ColorDot color={c.color} />
              {c.name}{' '}
            </span>
          ))}
        </span>
        <span class={`rc-queue__state rc-queue__state--${entry.status}`}>{stateText(entry, nowMs)}</span>{' '}
        <span class="rc-muted">
          {entry.mode === 'local' ? '· Red Cup sends it' : `· ${providerName(entry.provider)}’s Schedule send`}
        </span>
        {entry.problem !== undefined ? <p class="rc-queue__problem">{entry.problem}</p> : null}
      </div>
      {mode === 'idle' ? (
        <div class="rc-queue__actions">
          {allowed.settleSent ? (
            <Button small onClick={() => void actions.settleSent(entry)}>
              It went out
            </Button>
          ) : null}
          {allowed.sendNow ? (
            <Button small onClick={() => void sendNow()}>
              {entry.status === 'needs-attention' ? 'Send it again' : 'Send now'}
            </Button>
          ) : null}
          {allowed.retime ? (
            <Button small onClick={() => setMode('retime')}>
              Change time
            </Button>
          ) : null}
          {allowed.openInCompose ? (
            <Button small onClick={() => void actions.openInCompose(entry)}>
              Open in compose
            </Button>
          ) : null}
          {allowed.scheduledFolder !== null ? (
            <a href={allowed.scheduledFolder} target="_blank" rel="noreferrer">
              Open {providerName(entry.provider)}’s {PROVIDERS[entry.provider].scheduledFolder}
            </a>
          ) : null}
          {allowed.cancel ? (
            <Button small variant="danger" onClick={() => actions.cancel(entry)}>
              Cancel reply
            </Button>
          ) : null}
        </div>
      ) : null}
      {mode === 'retime' ? (
        <RetimeForm
          entry={entry}
          zone={clientZone}
          profiles={profiles}
          settings={settings}
          onSave={async (dueAt) => {
            await actions.retime(entry, dueAt);
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      ) : null}
      {mode === 'triage' ? (
        <SendNowTriage
          entryId={entry.id}
          context={context()}
          onSend={async (triage) => {
            await actions.sendNow(entry, triage);
            setMode('idle');
          }}
          onKeep={() => setMode('idle')}
        />
      ) : null}
    </li>
  );
}
