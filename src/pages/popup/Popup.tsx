import { useMemo, useState } from 'preact/hooks';
import { openOptionsPage } from '../../platform/browser.ts';
import { Button } from '../ui/Button.tsx';
import { ColorDot } from '../ui/ColorDot.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { call } from '../ui/rpc.ts';
import { ComposeSection } from './ComposeSection.tsx';
import { PauseSwitch } from './PauseSwitch.tsx';
import { tabIdFromSearch } from './popup-tab.ts';
import { ScheduledReplies } from './ScheduledReplies.tsx';
import { statusText } from './status-text.ts';
import { browserTabLink } from './tab-link.ts';
import { useComposeSource } from './use-compose-source.ts';
import { usePopupData } from './use-popup-data.ts';
import { userTimeZone } from '../../core/user-zone.ts';

const closePopup = () => window.close();

/**
 * The toolbar popup: on a mail tab the compose being written (its verdict and the guard's
 * actions) first; then each client inside or outside its hours right now (and whose
 * expectation is shifting), the scheduled replies, the pause switch, the way to the
 * consistency report and to settings.
 */
export function Popup() {
  const data = usePopupData();
  const [openError, setOpenError] = useState<string | null>(null);
  const link = useMemo(() => browserTabLink(tabIdFromSearch(location.search)), []);
  const compose = useComposeSource(link);
  const zone = useMemo(userTimeZone, []);

  const open = (hash?: string) => {
    setOpenError(null);
    openOptionsPage(hash).catch((err: unknown) => {
      setOpenError(err instanceof Error ? err.message : String(err));
    });
  };

  return (
    <main class="rc-popup">
      <header class="rc-popup__header">
        <h1>Red Cup</h1>
      </header>
      <ComposeSection source={compose.source} link={link} refresh={compose.refresh} closePopup={closePopup} />
      {data.statusError ? (
        <ResultError title="Your clients' hours could not be loaded." error={data.statusError} />
      ) : null}
      {data.settingsError ? (
        <ResultError title="Your settings could not be loaded." error={data.settingsError} />
      ) : null}
      {!data.loaded ? <p role="status">Loading…</p> : null}
      {data.loaded && !data.statusError && data.statuses.length === 0 ? (
        <div class="rc-popup__empty">
          <p>No clients yet. Add one, and Red Cup will keep their hours for you.</p>
          <Button variant="primary" onClick={() => open('onboarding')}>
            Add a client
          </Button>
        </div>
      ) : null}
      {data.statuses.length > 0 ? (
        <section aria-labelledby="popup-clients-title">
          <h2 id="popup-clients-title" class="rc-popup__subtitle">
            Right now
          </h2>
          <ul class="rc-status-list" aria-label="Clients">
            {data.statuses.map((s) => (
              <li key={s.profile.id} class={s.inside ? 'rc-status rc-status--inside' : 'rc-status rc-status--outside'}>
                <ColorDot color={s.profile.color} />
                <div>
                  <span class="rc-status__name">{s.profile.name}</span>
                  <span class="rc-status__text">{statusText(s, data.settings.clock, data.at)}</span>
                </div>
              </li>
            ))}
          </ul>
          {data.drift.length > 0 ? (
            <ul class="rc-drift-list" aria-label="Expectations shifting">
              {data.drift.map((d) => (
                <li key={d.profileId} class="rc-drift">
                  {d.summary}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {data.driftError ? (
        <ResultError title="Whether a client's expectation is shifting could not be checked." error={data.driftError} />
      ) : null}
      {data.loaded ? (
        <ScheduledReplies
          summary={data.queue}
          error={data.queueError}
          openQueue={() => open('queue')}
          profiles={data.statuses.map((s) => s.profile)}
          zone={zone}
          clock={data.settings.clock}
          now={data.at}
        />
      ) : null}
      {data.loaded && !data.settingsError ? (
        <PauseSwitch
          settings={data.settings}
          statuses={data.statuses}
          zone={zone}
          save={(patch) => call('settings/set', patch)}
          onSaved={(settings) => {
            data.replaceSettings(settings);
            compose.refresh();
          }}
        />
      ) : null}
      {openError ? <ResultError title="The settings page could not be opened." error={{ message: openError }} /> : null}
      <footer class="rc-popup__footer rc-row">
        {data.statuses.length > 0 ? (
          <Button onClick={() => open('report?weeks=4')}>How consistent was I this week?</Button>
        ) : null}
        <Button onClick={() => open()}>Open Red Cup settings</Button>
      </footer>
    </main>
  );
}
