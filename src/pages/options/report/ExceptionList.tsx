import type { Clock } from '../../../core/format.ts';
import type { ReportException } from '../../../core/report-types.ts';
import { Button } from '../../ui/Button.tsx';
import { exceptionText } from './exception-text.ts';

export interface ExceptionListProps {
  name: string;
  exceptions: readonly ReportException[];
  clientZone: string | null;
  userZone: string;
  clock: Clock;
  now: string;
  /** Null when every exception of the period is shown. */
  onMore: (() => void) | null;
  loadingMore: boolean;
}

/** The replies sent outside the boundary, newest first, paged with "Show more". */
export function ExceptionList({
  name,
  exceptions,
  clientZone,
  userZone,
  clock,
  now,
  onMore,
  loadingMore,
}: ExceptionListProps) {
  return (
    <section class="rc-report-exceptions" aria-labelledby="report-exceptions-heading">
      <h3 id="report-exceptions-heading">Exceptions</h3>
      {exceptions.length === 0 ? (
        <p class="rc-muted">No reply to {name} went out outside their hours in this period.</p>
      ) : (
        <ol class="rc-report-exceptions__list" aria-label={`Exceptions for ${name}, newest first`}>
          {exceptions.map((e) => {
            const t = exceptionText(e, clientZone, userZone, clock, now);
            return (
              <li key={e.eventId} class={`rc-report-exception rc-report-exception--${e.kind}`}>
                <p class="rc-report-exception__kind">{t.kind}</p>
                <p class="rc-report-exception__when">
                  {t.clientTime !== null ? (
                    <span>
                      {t.clientTime} for {name}
                    </span>
                  ) : null}
                  {t.clientTime !== null ? ' · ' : null}
                  <span>{t.userTime} your time</span>
                </p>
                {t.answers !== null ? <p>{t.answers}</p> : <p class="rc-muted">Sent without triage.</p>}
                {t.suggestion !== null ? <p>{t.suggestion}</p> : null}
                <p>{t.promise}</p>
              </li>
            );
          })}
        </ol>
      )}
      {onMore !== null ? (
        <Button onClick={onMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </Button>
      ) : null}
    </section>
  );
}
