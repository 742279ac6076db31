/** The request being answered, as text, with its emergency signals wrapped in <mark>. */
import type { Signal } from '../../core/triage-types.ts';
import type { RequestMessage } from '../providers/adapter.ts';
import { el } from './dom.ts';

const SOURCE_TEXT: Record<Signal['source'], string> = {
  'client-situation': "the client's agreed emergency",
  'client-keyword': "the client's keyword",
  general: 'a general urgency word',
};

/** `text` with each signal range marked; everything stays a text node (never HTML). */
export function highlighted(text: string, signals: readonly Signal[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const signal of signals) {
    if (signal.start < at) continue; // ranges are disjoint and sorted; be safe anyway
    if (signal.start > at) out.append(text.slice(at, signal.start));
    out.append(el('mark', { 'data-source': signal.source, title: `${signal.keyword}: ${SOURCE_TEXT[signal.source]}` }, text.slice(signal.start, signal.end)));
    at = signal.end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

function when(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : ` · ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

export function requestView(request: RequestMessage | null, signals: readonly Signal[]): HTMLElement {
  if (request === null) return el('p', { text: 'Red Cup could not find the message you are answering.' });
  const clientFirst = [...signals].sort((a, b) => b.weight - a.weight);
  const named = [...new Set(clientFirst.map((s) => s.keyword))];
  return el(
    'section',
    { 'aria-label': 'The message you are answering' },
    el('div', { class: 'from', text: `From ${request.from}${when(request.at)}` }),
    el('div', { class: 'request' }, highlighted(request.text, signals)),
    el('p', {
      class: 'legend',
      text: named.length === 0 ? 'No emergency signals found in it.' : `Signals found (the client's own first): ${named.join(', ')}.`,
    }),
  );
}
