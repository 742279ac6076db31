import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../../messaging/protocol.ts';
import type { Failure } from './report-source.ts';

export type Answer<T> = { state: 'loading' } | { state: 'failed'; error: Failure } | { state: 'ready'; value: T };

/**
 * Asks the worker once per change of `key` and keeps the latest answer. An answer that arrives
 * after the question changed is dropped (the user already asked something else).
 */
export function useAnswer<T>(key: string, ask: () => Promise<Result<T>>): [Answer<T>, (value: T) => void] {
  const [answer, setAnswer] = useState<{ key: string; answer: Answer<T> }>({ key, answer: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    setAnswer({ key, answer: { state: 'loading' } });
    void ask().then((result) => {
      if (!current) return;
      setAnswer({
        key,
        answer: result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
    // `ask` is a new closure each render; the question it asks is named by `key`.
  }, [key]);
  const replace = (value: T) => setAnswer({ key, answer: { state: 'ready', value } });
  return [answer.key === key ? answer.answer : { state: 'loading' }, replace];
}
