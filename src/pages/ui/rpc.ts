/** The pages' one way to talk to the worker (shared with the content script). */
export { call } from '../../messaging/call.ts';
