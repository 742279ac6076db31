import { useState } from 'preact/hooks';
import type { ComposeAction } from '../../messaging/tab-protocol.ts';
import type { Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ColorDot } from '../ui/ColorDot.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { runComposeAction, type ComposeSource, type TabLink } from './compose-source.ts';
import { composeSectionText } from './compose-text.ts';
import { InsertStatement } from './InsertStatement.tsx';

export interface ComposeSectionProps {
  /** Null until the tab answered. */
  source: ComposeSource | null;
  link: TabLink;
  /** Asks the tab again (after an action changed the compose). */
  refresh: () => void;
  /** Closes the popup: triage continues in the compose window, where the request is. */
  closePopup: () => void;
}

const BUSY_TEXT: Record<ComposeAction, string> = {
  'send-at': 'Scheduling the reply…',
  triage: 'Opening triage in the compose window…',
  'send-now': 'Sending…',
};

/**
 * The compose in the mail tab (DESIGN §2.5): its clients, the verdict in words and the guard's
 * own actions, carried out by the content script in that compose. Nothing for other tabs.
 */
export function ComposeSection({ source, link, refresh, closePopup }: ComposeSectionProps) {
  const [busy, setBusy] = useState<ComposeAction | null>(null);
  const [outcome, setOutcome] = useState<Result<{ message: string }> | null>(null);

  const text = source === null ? null : composeSectionText(source);
  if (source === null || source.kind === 'not-mail' || text === null) return null;
  const { tabId } = source;
  const composeId = text.composeId;

  const act = async (action: ComposeAction) => {
    if (composeId === null || busy !== null) return;
    setBusy(action);
    setOutcome(null);
    const answer = await runComposeAction(link, tabId, composeId, action);
    setBusy(null);
    if (answer.ok && action === 'triage') {
      closePopup();
      return;
    }
    setOutcome(answer);
    refresh();
  };

  return (
    <section class="rc-compose" aria-labelledby="popup-compose-title">
      <h2 id="popup-compose-title" class="rc-popup__subtitle">
        This compose
      </h2>
      {text.clients.length > 0 ? (
        <ul class="rc-compose__clients">
          {text.clients.map((c) => (
            <li key={c.id}>
              <ColorDot color={c.color} />
              <span>{c.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class={`rc-compose__headline rc-compose__headline--${text.tone}`}>{text.headline}</p>
      {text.details.map((d) => (
        <p key={d} class="rc-compose__detail">
          {d}
        </p>
      ))}
      {text.rules.length > 0 ? (
        <ul class="rc-compose__rules" aria-label="Rules sending now breaks">
          {text.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {text.next.length > 0 ? (
        <div class="rc-compose__next">
          <p id="popup-compose-next" class="rc-compose__label">
            Next window
          </p>
          <ul aria-labelledby="popup-compose-next">
            {text.next.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {text.promise !== null ? (
        <p class={text.promiseKept ? 'rc-compose__promise' : 'rc-compose__promise rc-compose__promise--broken'}>
          {text.promise}
        </p>
      ) : null}
      {text.drift.map((d) => (
        <p key={d} class="rc-drift">
          {d}
        </p>
      ))}
      {text.sendAt !== null || text.triage ? (
        <div class="rc-row rc-compose__actions">
          {text.sendAt !== null ? (
            <Button variant="primary" disabled={busy !== null} onClick={() => void act('send-at')}>
              {text.sendAt}
            </Button>
          ) : null}
          {text.triage ? (
            <Button disabled={busy !== null} onClick={() => void act('triage')}>
              It's an emergency…
            </Button>
          ) : null}
        </div>
      ) : null}
      {composeId !== null && source.kind === 'state' && source.state.kind === 'compose' ? (
        <InsertStatement
          link={link}
          tabId={tabId}
          composeId={composeId}
          check={source.state.compose.check}
          clients={text.clients}
        />
      ) : null}
      <p role="status" class="rc-compose__status">
        {busy !== null ? BUSY_TEXT[busy] : outcome?.ok ? outcome.value.message : ''}
      </p>
      {outcome !== null && !outcome.ok ? (
        <ResultError title="Red Cup could not do that in the compose." error={outcome.error} />
      ) : null}
    </section>
  );
}
