/** The popup's real `TabLink`: the browser's tabs and the content script's tab protocol. */
import { sendTabMessage } from '../../messaging/tab-client.ts';
import { activeTab, tabById } from '../../platform/browser.ts';
import type { TabLink } from './compose-source.ts';

/** Only the top frame answers the popup (every frame of a mail tab runs the content script). */
const TOP_FRAME = 0;

export function browserTabLink(requestedTabId: number | null): TabLink {
  return {
    findTab: () => (requestedTabId === null ? activeTab() : tabById(requestedTabId)),
    composeState: (tabId) => sendTabMessage('tab/compose-state', undefined, { tabId, frameId: TOP_FRAME }),
    act: (tabId, composeId, action) =>
      sendTabMessage('tab/compose-act', { composeId, action }, { tabId, frameId: TOP_FRAME }),
    insert: (tabId, composeId, kind, profileId) =>
      sendTabMessage(
        'tab/compose-insert',
        profileId === undefined ? { composeId, kind } : { composeId, kind, profileId },
        { tabId, frameId: TOP_FRAME },
      ),
  };
}
