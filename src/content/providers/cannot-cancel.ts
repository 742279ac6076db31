/**
 * The answer for a provider whose scheduled messages cannot be cancelled from the page
 * (`confirms.scheduledCancel` false): one sentence, built from the providers table, so that the
 * adapter and the tab's answer to the worker say the same thing.
 */
import { PROVIDERS } from '../../core/providers.ts';
import type { ProviderName } from '../provider.ts';
import type { ScheduleResult } from './adapter.ts';

export function cannotCancelHere(name: ProviderName): ScheduleResult {
  const { label, withArticle, scheduledFolder } = PROVIDERS[name];
  return {
    ok: false,
    reason: `Red Cup cannot cancel ${withArticle} scheduled message itself; ${label} keeps it in ${scheduledFolder} until its time`,
  };
}
