import { useEffect, useRef, useState } from 'preact/hooks';
import { newProfile, newProfileId } from '../../core/new-profile.ts';
import type { ClientProfile } from '../../core/profile.ts';
import { canonicalZone } from '../../core/zones.ts';
import type { Result } from '../../messaging/protocol.ts';
import { Button } from '../ui/Button.tsx';
import { ResultError } from '../ui/ResultError.tsx';
import { call } from '../ui/rpc.ts';
import { ProfileEditor } from './editor/ProfileEditor.tsx';
import { ImportExport } from './transfer/ImportExport.tsx';
import { DeleteClientDialog } from './DeleteClientDialog.tsx';
import { InvalidRecords } from './InvalidRecords.tsx';
import { Onboarding } from './Onboarding.tsx';
import { ProfileList } from './ProfileList.tsx';
import { QueuePage } from './queue/QueuePage.tsx';
import { parseReportHash, reportHash, type ReportRoute } from './report/period.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { useOptionsData } from './use-options-data.ts';

type Failure = Extract<Result<unknown>, { ok: false }>['error'];

type View =
  | { kind: 'home' }
  | { kind: 'queue' }
  | { kind: 'report'; route: ReportRoute }
  | { kind: 'onboarding'; profile: ClientProfile }
  | { kind: 'editor'; profile: ClientProfile; isNew: boolean; makeDefault: boolean };

// Chromium may report an old name (Asia/Calcutta); new profiles store the current one.
const userZone = canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

function freshProfile(name?: string, timeZone = userZone): ClientProfile {
  return newProfile(name === undefined ? { id: newProfileId(), timeZone } : { id: newProfileId(), timeZone, name });
}

/** The report's own chunk (uPlot, papaparse and the report's components), fetched only when the report opens. */
type ReportModule = typeof import('./report/report-entry.ts');
let reportModule: Promise<ReportModule> | null = null;
const loadReport = () => (reportModule ??= import('./report/report-entry.ts'));

function clearHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/**
 * The options page: onboarding, the client list and editor, settings, import and export, the
 * scheduled replies (#queue) and the consistency report (#report, #report/<client id>).
 */
export function App() {
  const data = useOptionsData();
  const [view, setView] = useState<View | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<{ title: string; error: Failure } | null>(null);
  const [deleting, setDeleting] = useState<ClientProfile | null>(null);
  const [report, setReport] = useState<ReportModule | { failed: string } | null>(null);
  const clientsHeading = useRef<HTMLHeadingElement>(null);
  const focusClients = useRef(false);

  const profiles = data.listing?.profiles ?? [];
  const clock = data.settings.clock;

  // First view, once the worker has answered: onboarding on first install or with no clients yet.
  useEffect(() => {
    if (!data.loaded || view !== null) return;
    const hash = location.hash.replace(/^#/, '');
    const noClients = data.listing !== null && data.listing.profiles.length === 0;
    // The first client's zone is asked for, not taken from the user's (issue 16 point 6): the picker suggests it.
    if (hash === 'onboarding' || noClients) setView({ kind: 'onboarding', profile: freshProfile(undefined, '') });
    else if (hash === 'new') setView({ kind: 'editor', profile: freshProfile(), isNew: true, makeDefault: false });
    else if (hash === 'queue') setView({ kind: 'queue' });
    else {
      const route = parseReportHash(hash);
      setView(route === null ? { kind: 'home' } : { kind: 'report', route });
    }
  }, [data.loaded, data.listing, view]);

  // A notification or the popup may send an open options page to its queue (#queue) or the report (#report).
  useEffect(() => {
    const follow = () => {
      const route = parseReportHash(location.hash);
      if (location.hash === '#queue') setView((current) => (current?.kind === 'home' ? { kind: 'queue' } : current));
      else if (route !== null)
        setView((current) =>
          current?.kind === 'home' || current?.kind === 'report' ? { kind: 'report', route } : current,
        );
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const reportOpen = view?.kind === 'report';
  useEffect(() => {
    if (!reportOpen || report !== null) return;
    loadReport().then(setReport, (err: unknown) =>
      setReport({ failed: err instanceof Error ? err.message : String(err) }),
    );
  }, [reportOpen, report]);

  useEffect(() => {
    if (view?.kind === 'home' && focusClients.current) {
      focusClients.current = false;
      clientsHeading.current?.focus();
    }
  }, [view]);

  useEffect(() => {
    document.title =
      view?.kind === 'editor'
        ? `${view.isNew ? 'New client' : view.profile.name} · Red Cup`
        : view?.kind === 'queue'
          ? 'Scheduled replies · Red Cup'
          : view?.kind === 'report'
            ? 'Consistency report · Red Cup'
            : 'Red Cup settings';
  }, [view]);

  const goHome = (message: string) => {
    clearHash();
    setStatus(message);
    focusClients.current = true;
    setView({ kind: 'home' });
    window.scrollTo(0, 0);
  };

  const saved = async (p: ClientProfile, makeDefault: boolean) => {
    setActionError(null);
    if (makeDefault) {
      const result = await call('settings/set', { defaultProfileId: p.id });
      if (result.ok) data.setSettings(result.value);
      else
        setActionError({
          title: `“${p.name}” was saved, but it could not be made the “Everyone else” profile.`,
          error: result.error,
        });
    }
    await data.reload();
    goHome(`Saved “${p.name}”.`);
  };

  const openReport = (route: ReportRoute) => {
    history.replaceState(null, '', reportHash(route));
    setView({ kind: 'report', route });
  };

  const remove = async (p: ClientProfile, keepRecord: boolean) => {
    setDeleting(null);
    const result = await call('profiles/delete', { id: p.id, keepRecord });
    if (!result.ok) {
      setActionError({ title: `“${p.name}” was not deleted.`, error: result.error });
      return;
    }
    setActionError(null);
    await data.reload();
    setStatus(
      keepRecord
        ? `Deleted “${p.name}”; its record stays in the report as “${p.name} (deleted)”.`
        : `Deleted “${p.name}” and its record.`,
    );
    clientsHeading.current?.focus();
  };

  if (!data.loaded || view === null) {
    return (
      <main class="rc-page">
        <p role="status">Loading your clients…</p>
      </main>
    );
  }

  const othersThan = (id: string) => profiles.filter((p) => p.id !== id);

  if (view.kind === 'onboarding') {
    return (
      <main class="rc-page">
        {data.listError ? <ResultError title="Your clients could not be loaded." error={data.listError} /> : null}
        <Onboarding
          initial={view.profile}
          others={othersThan(view.profile.id)}
          clock={clock}
          userZone={userZone}
          onDone={(p) => void saved(p, false)}
          onSkip={() => goHome('')}
        />
      </main>
    );
  }

  if (view.kind === 'editor') {
    return (
      <main class="rc-page">
        <div class="rc-card">
          <ProfileEditor
            key={view.profile.id}
            initial={view.profile}
            title={
              view.isNew
                ? view.makeDefault
                  ? 'New “Everyone else” profile'
                  : 'New client'
                : `Edit ${view.profile.name}`
            }
            others={othersThan(view.profile.id)}
            clock={clock}
            userZone={userZone}
            onSaved={(p) => void saved(p, view.makeDefault)}
            onCancel={() => goHome('')}
          />
        </div>
      </main>
    );
  }

  if (view.kind === 'report') {
    return (
      <main class="rc-page">
        {report === null ? <p role="status">Loading the report…</p> : null}
        {report !== null && 'failed' in report ? (
          <ResultError
            title="The report could not be opened."
            error={{ message: `Its code did not load (${report.failed}). Reload the page to try again.` }}
          />
        ) : null}
        {report !== null && !('failed' in report) ? (
          <report.ReportPage
            source={report.workerReportSource}
            profiles={profiles}
            route={view.route}
            onRoute={openReport}
            onBack={() => goHome('')}
            userZone={userZone}
            clock={clock}
          />
        ) : null}
      </main>
    );
  }

  if (view.kind === 'queue') {
    return (
      <main class="rc-page">
        <QueuePage profiles={profiles} settings={data.settings} userZone={userZone} onBack={() => goHome('')} />
      </main>
    );
  }

  return (
    <main class="rc-page">
      <header class="rc-page__header">
        <h1>Red Cup settings</h1>
        <p class="rc-muted">Your clients' answering hours, and how Red Cup keeps them.</p>
        <nav aria-label="Red Cup">
          <Button
            onClick={() => {
              history.replaceState(null, '', '#queue');
              setView({ kind: 'queue' });
            }}
          >
            Scheduled replies
          </Button>
          <Button onClick={() => openReport({ profileId: null, period: { kind: 'weeks', weeks: 12 } })}>
            Consistency report
          </Button>
        </nav>
      </header>
      {data.listError ? (
        <div>
          <ResultError title="Your clients could not be loaded." error={data.listError} />
          <Button onClick={() => void data.reload()}>Try again</Button>
        </div>
      ) : null}
      {data.settingsError ? (
        <ResultError title="Your settings could not be loaded." error={data.settingsError} />
      ) : null}

      <section class="rc-card" aria-labelledby="clients-heading">
        <div class="rc-row rc-section-head">
          <h2 id="clients-heading" ref={clientsHeading} tabIndex={-1}>
            Clients
          </h2>
          <Button
            variant="primary"
            onClick={() => setView({ kind: 'editor', profile: freshProfile(), isNew: true, makeDefault: false })}
          >
            Add client
          </Button>
        </div>
        <p role="status" class="rc-status">
          {status}
        </p>
        {actionError ? <ResultError title={actionError.title} error={actionError.error} /> : null}
        <InvalidRecords records={data.listing?.invalid ?? []} />
        <ProfileList
          profiles={profiles}
          defaultProfileId={data.settings.defaultProfileId}
          onEdit={(p) => setView({ kind: 'editor', profile: p, isNew: false, makeDefault: false })}
          onReport={(p) => openReport({ profileId: p.id, period: { kind: 'weeks', weeks: 12 } })}
          onDelete={setDeleting}
        />
      </section>

      <SettingsSection
        settings={data.settings}
        profiles={profiles}
        onSettings={data.setSettings}
        onCreateDefault={() =>
          setView({ kind: 'editor', profile: freshProfile('Everyone else'), isNew: true, makeDefault: true })
        }
      />

      <ImportExport onImported={() => void data.reload()} />

      {deleting ? (
        <DeleteClientDialog
          profile={deleting}
          onDelete={(keepRecord) => void remove(deleting, keepRecord)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </main>
  );
}
