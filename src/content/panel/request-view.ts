/** The request being answered, as text, with its emergency signals wrapped in <mark>. */
import type { Signal, SignalSource } from '../../core/triage-types.ts';
import type { RequestMessage } from '../providers/adapter.ts';
import { el } from './dom.ts';

/** The legend's lines, strongest source first: what the client agreed before what merely sounds urgent. */
const SOURCES: readonly [SignalSource, string][] = [
  ['client-situation', 'Agreed emergency'],
  ['client-keyword', 'Client’s keyword'],
  ['general', 'General urgency word'],
];
const LABEL = Object.fromEntries(SOURCES) as Record<SignalSource, string>;

/** `text` with each signal range marked; everything stays a text node (never HTML). */
export function highlighted(text: string, signals: readonly Signal[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const signal of [...signals].sort((a, b) => a.start - b.start)) {
    if (signal.start < at) continue; // findSignals reports each range once; an overlap would garble the text
    if (signal.start > at) out.append(text.slice(at, signal.start));
    out.append(
      el(
        'mark',
        { 'data-source': signal.source, title: `${LABEL[signal.source]}: ${signal.keyword}` },
        text.slice(signal.start, signal.end),
      ),
    );
    at = signal.end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

function when(iso: string | null, clock: '12h' | '24h'): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return ` · ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', hour12: clock === '12h' })}`;
}

/** Which signals were found, grouped by source (the client's own first), each with a swatch like its marks. */
function legend(signals: readonly Signal[]): HTMLElement {
  if (signals.length === 0) return el('p', { class: 'legend', text: 'No emergency signals found in it.' });
  const lines = SOURCES.map(([source, label]) => {
    const words = [...new Set(signals.filter((s) => s.source === source).map((s) => s.keyword))];
    if (words.length === 0) return null;
    return el('li', {}, el('mark', { 'data-source': source, text: label }), `: ${words.join(', ')}`);
  });
  return el('ul', { class: 'legend', 'aria-label': 'Emergency signals found' }, ...lines);
}

export function requestView(
  request: RequestMessage | null,
  signals: readonly Signal[],
  clock: '12h' | '24h',
): HTMLElement {
  if (request === null)
    return el('p', { class: 'no-request', text: 'Red Cup could not find the message you are answering.' });
  return el(
    'section',
    { 'aria-label': 'The message you are answering' },
    el('div', { class: 'from', text: `From ${request.from}${when(request.at, clock)}` }),
    el('div', { class: 'request' }, highlighted(request.text, signals)),
    legend(signals),
  );
}
