import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClientProfile } from '../../../core/profile.ts';
import { isStaleSave } from '../../../core/profile-revision.ts';
import type { Problem } from '../../../core/problem.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Field } from '../../ui/Field.tsx';
import { fieldId } from '../../ui/field-ids.ts';
import { messagesUnder } from '../../ui/problems.ts';
import { call } from '../../ui/rpc.ts';
import { useBeforeUnload } from '../../ui/use-before-unload.ts';
import { BasicsEditor } from './BasicsEditor.tsx';
import { checkDraft } from './check-draft.ts';
import { draftSignature, toDraft, type Clock, type Draft } from './draft.ts';
import { EmergencyEditor } from './EmergencyEditor.tsx';
import { HoursEditor } from './HoursEditor.tsx';
import { PromiseEditor } from './PromiseEditor.tsx';
import { SendLaterEditor } from './SendLaterEditor.tsx';
import { StaleSaveNotice } from './StaleSaveNotice.tsx';
import { StatementPreview } from './StatementPreview.tsx';
import { previewBlocker } from './statement-preview.ts';
import { TimeOffEditor } from './TimeOffEditor.tsx';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import { useHolidayList, useHolidayPlaces } from './use-holidays.ts';
import { withHolidays } from '../../../core/holiday-choice.ts';

export interface ProfileEditorProps {
  /** The profile to edit, or newProfile() defaults for a new one. */
  initial: ClientProfile;
  title: string;
  /** Every other stored profile, for the checks across profiles (an address claimed twice). */
  others: readonly ClientProfile[];
  clock: Clock;
  userZone: string;
  cancelLabel?: string;
  onSaved: (profile: ClientProfile) => void;
  /** Leaving without saving; called only after the user agreed to drop any changes. */
  onCancel: () => void;
}

interface Refusal {
  message?: string | undefined;
  problems: Problem[];
  /** Changed or deleted in another window since this editor opened it: offer "Reload". */
  stale: boolean;
}

/**
 * The editor for every field of a ClientProfile. Save checks the whole profile first and sends
 * nothing while anything is wrong: each problem is shown next to its field and in a summary at
 * the top, which receives focus. After a failed save, problems update as the user types.
 *
 * The draft carries the revision it was opened from. When another window saved or deleted the
 * client meanwhile, the worker refuses the save and the editor offers "Reload": the client as
 * stored now replaces the draft, or — when it was deleted — the page reloads to show the
 * clients as they are.
 */
export function ProfileEditor(props: ProfileEditorProps) {
  const { initial, title, others, clock, userZone, cancelLabel = 'Cancel', onSaved, onCancel } = props;
  const startDraft = useMemo(() => toDraft(initial, clock), [initial]);
  const [draft, setDraft] = useState<Draft>(startDraft);
  const [reloading, setReloading] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const savedSignature = useRef(draftSignature(startDraft));
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const summaryFocusedKey = useRef(0);
  const [saving, setSaving] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);

  const dirty = draftSignature(draft) !== savedSignature.current;
  // "Reload" after a deleted client is the user's choice to drop the draft: no "leave page?" question.
  useBeforeUnload(dirty && !leaving);
  useEffect(() => {
    if (leaving) location.reload();
  }, [leaving]);

  const check = useMemo(() => checkDraft(draft, others), [draft, others]);
  const holidayPlaces = useHolidayPlaces(draft.holidays.country);
  const holidayList = useHolidayList(draft.holidays.country, draft.holidays.region, draft.timeZone);
  // The statement names the holidays of the next 30 days, as the worker's effective profile has them.
  const previewProfile = useMemo(
    () => withHolidays(check.profile, holidayList.dates),
    [check.profile, holidayList.dates],
  );
  const shownProblems: Problem[] = refusal ? (refusal.stale ? [] : refusal.problems) : attempted ? check.problems : [];

  const update =
    <K extends keyof Draft>(key: K) =>
    (fn: (prev: Draft[K]) => Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: fn(d[key]) }));

  const save = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setAttempted(true);
    setRefusal(null);
    const current = checkDraft(draft, others);
    if (current.problems.length > 0) {
      setFocusKey((k) => k + 1);
      return;
    }
    setSaving(true);
    const result = await call('profiles/save', current.profile);
    setSaving(false);
    if (!result.ok) {
      const problems = result.error.problems ?? [];
      setRefusal({ message: result.error.message, problems, stale: isStaleSave(problems) });
      setFocusKey((k) => k + 1);
      return;
    }
    savedSignature.current = draftSignature(draft);
    onSaved(result.value);
  };

  const leave = () => (dirty ? setConfirmLeave(true) : onCancel());

  /** After a stale save: the client as stored now replaces the draft (or the page reloads if it is gone). */
  const reload = async () => {
    setReloading(true);
    const listed = await call('profiles/list');
    setReloading(false);
    if (!listed.ok) {
      setRefusal({ message: `The client could not be reloaded: ${listed.error.message}`, problems: [], stale: true });
      return;
    }
    const current = listed.value.profiles.find((p) => p.id === draft.id);
    if (current === undefined) {
      setLeaving(true);
      return;
    }
    const fresh = toDraft(current, clock);
    savedSignature.current = draftSignature(fresh);
    setDraft(fresh);
    setRefusal(null);
    setAttempted(false);
  };

  const summaryCount = shownProblems.length;
  const showSummary = (refusal !== null && !refusal.stale) || (attempted && refusal === null && summaryCount > 0);

  return (
    <form class="rc-editor" aria-labelledby="editor-title" noValidate onSubmit={save}>
      <h2 id="editor-title">{title}</h2>
      {refusal?.stale ? (
        <StaleSaveNotice message={refusal.message ?? ''} busy={reloading} onReload={() => void reload()} />
      ) : null}
      {showSummary ? (
        <ErrorSummary
          title={
            refusal
              ? 'Red Cup could not save this client.'
              : `This client was not saved: ${summaryCount === 1 ? 'one thing needs' : `${summaryCount} things need`} fixing.`
          }
          message={refusal?.message}
          problems={shownProblems}
          focusKey={focusKey}
          focusedKey={summaryFocusedKey}
        />
      ) : null}

      <BasicsEditor
        draft={draft}
        userZone={userZone}
        problems={shownProblems}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      />
      <HoursEditor
        hours={draft.hours}
        timeZone={draft.timeZone}
        clock={clock}
        problems={shownProblems}
        onChange={update('hours')}
      />
      <TimeOffEditor entries={draft.timeOff} problems={shownProblems} onChange={update('timeOff')} />
      <HolidaysEditor
        value={draft.holidays}
        places={holidayPlaces}
        list={holidayList}
        problems={shownProblems}
        onChange={update('holidays')}
      />
      <PromiseEditor promise={draft.promise} clock={clock} problems={shownProblems} onChange={update('promise')} />
      <EmergencyEditor emergency={draft.emergency} problems={shownProblems} onChange={update('emergency')} />
      <SendLaterEditor sendLater={draft.sendLater} problems={shownProblems} onChange={update('sendLater')} />
      <Field id={fieldId('notes')} label="Notes" errors={messagesUnder(shownProblems, 'notes')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.notes}
            onInput={(e) => {
              const notes = e.currentTarget.value;
              setDraft((d) => ({ ...d, notes }));
            }}
          />
        )}
      </Field>
      <StatementPreview
        profile={previewProfile}
        blocker={previewBlocker(check.problems)}
        clock={clock}
        template={draft.statementTemplate}
        templateErrors={messagesUnder(shownProblems, 'statementTemplate')}
        onTemplateChange={(statementTemplate) => setDraft((d) => ({ ...d, statementTemplate }))}
      />

      <div class="rc-editor__actions">
        <Button type="submit" variant="primary" aria-disabled={saving ? 'true' : undefined}>
          Save client
        </Button>
        <Button onClick={leave}>{cancelLabel}</Button>
        <span class="rc-muted" role="status">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>

      {confirmLeave ? (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          danger
          onConfirm={() => {
            setConfirmLeave(false);
            onCancel();
          }}
          onCancel={() => setConfirmLeave(false)}
        >
          <p>The changes to this client have not been saved.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
