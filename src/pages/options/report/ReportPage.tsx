/**
 * The consistency report (DESIGN §2 story 7, issue 12), the options page's `#report` route:
 * all clients for a period, or one client's weeks, exceptions and CSV. Its own chunk, loaded
 * only on this route (App.tsx), so the rest of the options page never loads the chart library.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Clock } from '../../../core/format.ts';
import type { ClientProfile } from '../../../core/profile.ts';
import { Button } from '../../ui/Button.tsx';
import './report.css';
import { ClientView } from './ClientView.tsx';
import { CsvExport } from './CsvExport.tsx';
import { NumbersExplained } from './NumbersExplained.tsx';
import { Overview } from './Overview.tsx';
import type { ReportRoute } from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import type { ReportSource } from './report-source.ts';

export interface ReportPageProps {
  source: ReportSource;
  profiles: readonly ClientProfile[];
  route: ReportRoute;
  onRoute: (route: ReportRoute) => void;
  onBack: () => void;
  userZone: string;
  clock: Clock;
}

export function ReportPage({ source, profiles, route, onRoute, onBack, userZone, clock }: ReportPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the heading of what opened, as a new page would (one client: its own heading, once loaded).
  useEffect(() => {
    if (route.profileId === null) heading.current?.focus();
  }, [route.profileId]);
  const profile = route.profileId === null ? undefined : profiles.find((p) => p.id === route.profileId);

  return (
    <section class="rc-card rc-report" aria-labelledby="report-heading">
      <div class="rc-row rc-section-head">
        <h2 id="report-heading" ref={heading} tabIndex={-1}>
          Consistency report
        </h2>
        <div class="rc-row">
          {route.profileId !== null ? (
            <Button onClick={() => onRoute({ ...route, profileId: null })}>All clients</Button>
          ) : null}
          <Button onClick={onBack}>Back to clients</Button>
        </div>
      </div>
      <PeriodPicker period={route.period} onPeriod={(period) => onRoute({ ...route, period })} />
      {route.profileId === null ? (
        <Overview
          source={source}
          period={route.period}
          onOpen={(row) => onRoute({ ...route, profileId: row.profileId })}
        />
      ) : (
        <ClientView
          key={route.profileId}
          source={source}
          profileId={route.profileId}
          period={route.period}
          profile={profile}
          userZone={userZone}
          clock={clock}
        />
      )}
      <CsvExport
        key={route.profileId ?? 'all'}
        source={source}
        period={route.period}
        clients={profiles.map((p) => ({ id: p.id, name: p.name }))}
        initial={route.profileId === null ? [] : [route.profileId]}
      />
      <NumbersExplained />
    </section>
  );
}
