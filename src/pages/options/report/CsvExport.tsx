import { useState } from 'preact/hooks';
import type { ReportPeriod } from '../../../core/report-types.ts';
import { Button } from '../../ui/Button.tsx';
import { ResultError } from '../../ui/ResultError.tsx';
import { downloadText } from '../transfer/download.ts';
import { collectCsvRows, csvFileName, csvText } from './csv.ts';
import { periodText } from './period.ts';
import type { Failure, ReportSource } from './report-source.ts';

/** Rows per `report/csv-rows` page. */
export const CSV_PAGE = 5000;

export interface CsvExportProps {
  source: ReportSource;
  period: ReportPeriod;
  /** The stored clients the user can pick from. */
  clients: readonly { id: string; name: string }[];
  /** Chosen when the section opens (one client's report: that client); empty = all clients. */
  initial: readonly string[];
}

/** "Download CSV" of the record for the chosen period and clients: one row per decision. */
export function CsvExport({ source, period, clients, initial }: CsvExportProps) {
  const [all, setAll] = useState(initial.length === 0);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(initial));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const download = async () => {
    if (!all && chosen.size === 0) {
      setError({ message: 'Choose at least one client, or all clients.' });
      return;
    }
    setBusy(true);
    setError(null);
    setStatus('Reading the record…');
    const profileIds = all ? undefined : [...chosen];
    const collected = await collectCsvRows(
      (cursor) =>
        source.csvRows({
          period,
          limit: CSV_PAGE,
          ...(profileIds ? { profileIds } : {}),
          ...(cursor ? { cursor } : {}),
        }),
      (n) => setStatus(`Read ${n.toLocaleString('en-US')} rows…`),
    );
    setBusy(false);
    if (!collected.ok) {
      setStatus('');
      setError(collected.error);
      return;
    }
    const name = csvFileName(collected.value.today);
    downloadText(name, csvText(collected.value.pages), 'text/csv;charset=utf-8');
    const n = collected.value.rows;
    setStatus(
      `Saved ${name}: ${n.toLocaleString('en-US')} ${n === 1 ? 'decision' : 'decisions'} from ${periodText(period)}.`,
    );
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <section class="rc-report-csv" aria-labelledby="report-csv-heading">
      <h3 id="report-csv-heading">Export as CSV</h3>
      <p class="rc-field__hint">
        One row per decision in {periodText(period)}: times, client, kind, triage answers, promise. No subjects, bodies
        or addresses.
      </p>
      <fieldset>
        <legend>Clients in the file</legend>
        <div class="rc-field rc-field--inline">
          <input id="csv-all" type="radio" name="csv-clients" checked={all} onChange={() => setAll(true)} />
          <label class="rc-field__label" for="csv-all">
            All clients (deleted ones included)
          </label>
        </div>
        <div class="rc-field rc-field--inline">
          <input id="csv-some" type="radio" name="csv-clients" checked={!all} onChange={() => setAll(false)} />
          <label class="rc-field__label" for="csv-some">
            Only these
          </label>
        </div>
        {!all ? (
          <ul class="rc-report-csv__clients rc-indent" aria-label="Clients to export">
            {clients.map((c) => (
              <li key={c.id} class="rc-field rc-field--inline">
                <input
                  id={`csv-client-${c.id}`}
                  type="checkbox"
                  checked={chosen.has(c.id)}
                  onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                />
                <label class="rc-field__label" for={`csv-client-${c.id}`}>
                  {c.name}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <Button onClick={() => void download()} disabled={busy}>
        Download CSV
      </Button>
      <p role="status" class="rc-status">
        {status}
      </p>
      {error !== null ? <ResultError title="The CSV was not saved." error={error} /> : null}
    </section>
  );
}
