import { useState } from 'preact/hooks';
import type { ClientProfile, Settings } from '../../core/profile.ts';
import type { RetentionChoice } from '../../core/report-types.ts';
import type { Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { call } from '../ui/rpc.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

const RETENTION: readonly { value: RetentionChoice; label: string; done: string }[] = [
  { value: '1y', label: '1 year', done: 'Red Cup now keeps the record for 1 year; older decisions are removed.' },
  { value: '2y', label: '2 years', done: 'Red Cup now keeps the record for 2 years; older decisions are removed.' },
  { value: 'always', label: 'Always', done: 'Red Cup now keeps the record for as long as it is installed.' },
];

export interface SettingsSectionProps {
  settings: Settings;
  profiles: readonly ClientProfile[];
  onSettings: (s: Settings) => void;
  /** Open the editor on a new "Everyone else" profile that becomes the default once saved. */
  onCreateDefault: () => void;
}

/**
 * The "Everyone else" default profile (on/off and which one), the 12- or 24-hour clock, how
 * long the record is kept and the weekly summary notification.
 */
export function SettingsSection({ settings, profiles, onSettings, onCreateDefault }: SettingsSectionProps) {
  const [wantDefault, setWantDefault] = useState(settings.defaultProfileId !== null);
  const [error, setError] = useState<Failure | null>(null);
  const [status, setStatus] = useState('');
  // The switch shows what the user chose while the worker saves it (and falls back if it refuses).
  const [summaryChoice, setSummaryChoice] = useState<boolean | null>(null);
  const [retentionChoice, setRetentionChoice] = useState<RetentionChoice | null>(null);
  const defaultOn = wantDefault || settings.defaultProfileId !== null;

  const apply = async (patch: Partial<Settings>, done: string) => {
    setStatus('');
    const result = await call('settings/set', patch);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    onSettings(result.value);
    setStatus(done);
    return true;
  };

  const toggleDefault = async (on: boolean) => {
    setWantDefault(on);
    if (!on && settings.defaultProfileId !== null) {
      const ok = await apply({ defaultProfileId: null }, 'Recipients no client matches are no longer guarded.');
      if (!ok) setWantDefault(true);
    }
  };

  const chosen = profiles.find((p) => p.id === settings.defaultProfileId);

  return (
    <section class="rc-card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      {error ? <ResultError title="This setting was not saved." error={error} /> : null}

      <div class="rc-field rc-field--inline">
        <input
          id="default-profile-on"
          type="checkbox"
          checked={defaultOn}
          aria-describedby="default-profile-hint"
          onChange={(e) => void toggleDefault(e.currentTarget.checked)}
        />
        <label class="rc-field__label" for="default-profile-on">
          Guard everyone else
        </label>
      </div>
      <p id="default-profile-hint" class="rc-field__hint">
        With an “Everyone else” profile, recipients no client matches get its hours too. Without one, they are not
        guarded.
      </p>
      {defaultOn ? (
        <div class="rc-row rc-row--bottom rc-indent">
          <div class="rc-field">
            <label class="rc-field__label" for="default-profile-id">
              Everyone else profile
            </label>
            <select
              id="default-profile-id"
              value={settings.defaultProfileId ?? ''}
              onChange={(e) => {
                const id = e.currentTarget.value;
                const name = profiles.find((p) => p.id === id)?.name ?? '';
                if (id !== '') void apply({ defaultProfileId: id }, `“${name}” now covers everyone else.`);
              }}
            >
              <option value="" disabled>
                Choose a client…
              </option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div class="rc-field">
            <Button onClick={onCreateDefault}>Create “Everyone else” profile</Button>
          </div>
          {chosen === undefined ? (
            <p class="rc-muted">Choose a profile or create one; until then, everyone else is not guarded.</p>
          ) : null}
        </div>
      ) : null}

      <fieldset>
        <legend>Clock</legend>
        <p class="rc-field__hint">Used for every time Red Cup shows.</p>
        {(['24h', '12h'] as const).map((clock) => (
          <div key={clock} class="rc-field rc-field--inline">
            <input
              id={`clock-${clock}`}
              type="radio"
              name="clock"
              value={clock}
              checked={settings.clock === clock}
              onChange={() =>
                void apply(
                  { clock },
                  clock === '24h' ? 'Times now show on a 24-hour clock.' : 'Times now show on a 12-hour clock.',
                )
              }
            />
            <label class="rc-field__label" for={`clock-${clock}`}>
              {clock === '24h' ? '24-hour (18:00)' : '12-hour (6:00 PM)'}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Keep the record for</legend>
        <p class="rc-field__hint">
          Every decision Red Cup records stays in this browser only. Older ones are removed automatically.
        </p>
        {RETENTION.map((r) => (
          <div key={r.value} class="rc-field rc-field--inline">
            <input
              id={`retention-${r.value}`}
              type="radio"
              name="retention"
              value={r.value}
              checked={(retentionChoice ?? settings.retention) === r.value}
              onChange={() => {
                setRetentionChoice(r.value);
                void apply({ retention: r.value }, r.done).then(() => setRetentionChoice(null));
              }}
            />
            <label class="rc-field__label" for={`retention-${r.value}`}>
              {r.label}
            </label>
          </div>
        ))}
      </fieldset>

      <div class="rc-field rc-field--inline">
        <input
          id="weekly-summary"
          type="checkbox"
          role="switch"
          checked={summaryChoice ?? settings.weeklySummary}
          aria-describedby="weekly-summary-hint"
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSummaryChoice(on);
            void apply(
              { weeklySummary: on },
              on ? 'A summary of last week will be shown on Mondays at 09:00.' : 'No more weekly summaries.',
            ).then(() => setSummaryChoice(null));
          }}
        />
        <label class="rc-field__label" for="weekly-summary">
          Weekly summary
        </label>
      </div>
      <p id="weekly-summary-hint" class="rc-field__hint">
        On Mondays at 09:00 your time, a notification says how many of last week's replies stayed inside your clients'
        hours. It opens the report.
      </p>
      <p role="status" class="rc-muted">
        {status}
      </p>
    </section>
  );
}
