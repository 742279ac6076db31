import { useRef, useState } from 'preact/hooks';
import type { ImportPreview } from '../../../core/import-types.ts';
import type { Problem } from '../../../core/problem.ts';
import { MAX_PROFILES_FILE_BYTES } from '../../../core/profile-schema.ts';
import { parseProfilesFile, readProfilesFile } from '../../../core/profiles-file.ts';
import type { InvalidRecord } from '../../../messaging/protocol.ts';
import { Button } from '../../ui/Button.tsx';
import { ResultError } from '../../ui/ResultError.tsx';
import { call } from '../../ui/rpc.ts';
import { downloadText } from './download.ts';
import { ImportPreviewPanel, importCount } from './ImportPreviewPanel.tsx';
import { ImportRefusal } from './ImportRefusal.tsx';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; fileName: string; text: string; preview: ImportPreview; busy: boolean }
  | { kind: 'refused'; fileName: string; message: string; problems: Problem[] }
  | { kind: 'done'; count: number };

export interface ImportExportProps {
  /** Called after profiles were written, so the list reloads. */
  onImported: () => void;
}

const REFUSED = 'This file was not imported and nothing was changed:';

/** Lets the browser paint "Checking…" before the check takes the page's thread for a moment. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Export all profiles to a JSON file; import one: the whole file is checked first and a preview
 * shown, and only "Import N profiles" writes anything.
 *
 * The page checks the file itself, with the same core code the worker uses, against the stored
 * profiles it asks the worker for: a large file (up to 5 MB, a few hundred milliseconds) then
 * never holds up the worker, which every compose asks for its verdict. On "Import", the worker
 * checks the file again (in slices, answering composes in between) before it writes.
 */
export function ImportExport({ onImported }: ImportExportProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [exportError, setExportError] = useState<{ message: string; problems?: Problem[] | undefined } | null>(null);
  const [exportStatus, setExportStatus] = useState('');
  const [skipped, setSkipped] = useState<InvalidRecord[]>([]);

  const exportAll = async () => {
    setExportStatus('');
    const result = await call('profiles/export');
    if (!result.ok) {
      setExportError(result.error);
      return;
    }
    setExportError(null);
    downloadText(result.value.fileName, result.value.json);
    setSkipped(result.value.skipped ?? []);
    setExportStatus(`Downloaded ${result.value.fileName}.`);
  };

  const check = async (file: File) => {
    setState({ kind: 'checking', fileName: file.name });
    // Too large: refused before it is read at all.
    if (file.size > MAX_PROFILES_FILE_BYTES) {
      const tooLarge = readProfilesFile('', file.size);
      setState({
        kind: 'refused',
        fileName: file.name,
        message: REFUSED,
        problems: tooLarge.ok ? [] : tooLarge.problems,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      setState({ kind: 'refused', fileName: file.name, message: `The file could not be read (${why}).`, problems: [] });
      return;
    }
    const stored = await call('profiles/list');
    if (!stored.ok) {
      setState({
        kind: 'refused',
        fileName: file.name,
        message: `The file could not be checked: ${stored.error.message}`,
        problems: [],
      });
      return;
    }
    await nextFrame();
    const parsed = parseProfilesFile(text, stored.value.profiles, file.size);
    if (!parsed.ok) {
      setState({ kind: 'refused', fileName: file.name, message: REFUSED, problems: parsed.problems });
      return;
    }
    setState({ kind: 'preview', fileName: file.name, text, preview: parsed.preview, busy: false });
  };

  const apply = async () => {
    if (state.kind !== 'preview') return;
    setState({ ...state, busy: true });
    const result = await call('profiles/import', { text: state.text, apply: true });
    if (!result.ok) {
      setState({
        kind: 'refused',
        fileName: state.fileName,
        message: result.error.message,
        problems: result.error.problems ?? [],
      });
      return;
    }
    setState({ kind: 'done', count: importCount(result.value) });
    importButton.current?.focus();
    onImported();
  };

  return (
    <section class="rc-card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <p class="rc-field__hint">
        Move your clients to another browser or hand them to a colleague as a JSON file. Everything stays on your
        machine.
      </p>
      <div class="rc-row">
        <Button onClick={() => void exportAll()}>Export all profiles</Button>
        <Button ref={importButton} onClick={() => fileInput.current?.click()} aria-describedby="import-hint">
          Import profiles…
        </Button>
        <label class="rc-visually-hidden" for="import-file">
          Profiles file to import
        </label>
        <input
          ref={fileInput}
          id="import-file"
          class="rc-visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void check(file);
          }}
        />
      </div>
      <p id="import-hint" class="rc-field__hint">
        An import is checked first and shown to you; nothing changes until you confirm.
      </p>
      <p role="status" class="rc-muted">
        {exportStatus}
        {state.kind === 'checking' ? `Checking “${state.fileName}”…` : ''}
        {state.kind === 'done' ? (state.count === 1 ? 'Imported 1 profile.' : `Imported ${state.count} profiles.`) : ''}
      </p>
      {exportError ? <ResultError title="The profiles were not exported." error={exportError} /> : null}
      {skipped.length > 0 ? (
        <div class="rc-notice rc-notice--warning" role="alert">
          <p class="rc-notice__title">
            {skipped.length === 1
              ? 'One stored record could not be read, so it is not in the file:'
              : `${skipped.length} stored records could not be read, so they are not in the file:`}
          </p>
          <ul>
            {skipped.map((r) => (
              <li key={`${r.store}/${r.key}`}>
                “{r.key}”: {r.problems.map((p) => p.message).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.kind === 'refused' ? (
        <ImportRefusal fileName={state.fileName} message={state.message} problems={state.problems} />
      ) : null}
      {state.kind === 'preview' ? (
        <ImportPreviewPanel
          fileName={state.fileName}
          preview={state.preview}
          busy={state.busy}
          onConfirm={() => void apply()}
          onCancel={() => {
            setState({ kind: 'idle' });
            importButton.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
