import { useEffect, useRef, useState } from 'preact/hooks';
import type { IsoInstant, Settings } from '../../core/profile.ts';
import type { ProfileStatus } from '../../core/status-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { activePause, nextWindowEnd, oneHourFrom } from './pause.ts';
import { userWhen, userWhenInZone } from './user-time.ts';

export interface PauseSwitchProps {
  settings: Settings;
  statuses: readonly ProfileStatus[];
  /** The user's zone, for the times shown. */
  zone: string;
  /** Stores a settings patch (the worker's `settings/set`); the open mail tabs re-check at once. */
  save: (patch: Partial<Settings>) => Promise<Result<Settings>>;
  /** The stored settings after a successful save. */
  onSaved: (settings: Settings) => void;
  now?: () => IsoInstant;
}

const systemNow = () => new Date().toISOString();

/**
 * "Pause Red Cup" (DESIGN §2.5): for an hour or until the next window; while paused, when it
 * ends and "Resume now". Focus follows the switch, so the keyboard never lands on nothing.
 */
export function PauseSwitch({ settings, statuses, zone, save, onSaved, now = systemNow }: PauseSwitchProps) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ title: string; error: { message: string } } | null>(null);
  const resumeRef = useRef<HTMLButtonElement>(null);
  const hourRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  const at = now();
  const pausedUntil = activePause(settings, at);
  const next = nextWindowEnd(statuses, at);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (pausedUntil !== null ? resumeRef : hourRef).current?.focus();
  }, [pausedUntil]);

  const store = async (until: IsoInstant | null) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    const answer = await save({ pausedUntil: until });
    setSaving(false);
    if (!answer.ok) {
      setError({
        title: until === null ? 'Red Cup could not resume.' : 'Red Cup could not be paused.',
        error: answer.error,
      });
      return;
    }
    moveFocus.current = true;
    onSaved(answer.value);
  };

  const untilNextWindow = () => {
    const end = nextWindowEnd(statuses, now());
    if (end.at !== null) void store(end.at);
  };

  return (
    <section class="rc-pause" aria-labelledby="popup-pause-title">
      <h2 id="popup-pause-title" class="rc-popup__subtitle">
        Pause Red Cup
      </h2>
      {pausedUntil !== null ? (
        <>
          <p class="rc-pause__state">Paused until {userWhen(pausedUntil, zone, settings.clock, at)}</p>
          <p class="rc-muted rc-pause__hint">Nothing is guarded until then.</p>
          <div role="group" aria-labelledby="popup-pause-title" class="rc-row">
            <Button ref={resumeRef} disabled={saving} onClick={() => void store(null)}>
              Resume now
            </Button>
          </div>
        </>
      ) : (
        <>
          <p class="rc-muted rc-pause__hint">While paused, Red Cup lets every Send through.</p>
          <div role="group" aria-labelledby="popup-pause-title" class="rc-row">
            <Button ref={hourRef} disabled={saving} onClick={() => void store(oneHourFrom(now()))}>
              For 1 hour
            </Button>
            <Button
              aria-disabled={next.at === null || saving ? 'true' : undefined}
              aria-describedby="popup-pause-next"
              onClick={untilNextWindow}
            >
              Until the next window
            </Button>
          </div>
          <p id="popup-pause-next" class="rc-muted rc-pause__hint">
            {next.at === null
              ? next.why
              : `The next window opens ${userWhenInZone(next.at, zone, settings.clock, at)}.`}
          </p>
        </>
      )}
      {saving ? <p role="status">Saving…</p> : null}
      {error !== null ? <ResultError title={error.title} error={error.error} /> : null}
    </section>
  );
}
