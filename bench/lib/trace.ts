/**
 * A Chromium performance trace of one page, read the way DevTools' Performance panel reads it:
 * the page's main thread, its tasks (wall time and the thread's own CPU time, which a busy
 * machine does not inflate), and the script an extension ran inside each task (DevTools names
 * content-script functions by their chrome-extension:// URL; long-animation-frame and longtask
 * entries do not).
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { frame?: string; url?: string } };
}

/** RunTask and FunctionCall live in these categories (the Performance panel's own). */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Runs `work` while tracing the browser; returns its value and the events recorded. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  try {
    return { value: await work(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}

export interface MainThreadSummary {
  tasks: number;
  /** Sum of the tasks' wall time, ms. */
  wallMs: number;
  /** Sum of the tasks' thread (CPU) time, ms. */
  cpuMs: number;
  /** Tasks over 50 ms of wall time (the longtask API's definition). */
  longTasks: number;
  /** Script from `scriptOrigin`, CPU ms: in all, and the most of it inside one task. */
  scriptMs: number;
  scriptLongestInTask: number;
  /** Tasks in which that script alone ran over 50 ms (CPU): long tasks of its own. */
  longTasksOfScript: number;
  /**
   * Tasks over 50 ms of CPU time that would have stayed ≤ 50 ms without that script. CPU time,
   * so that other processes taking the CPU away (wall time) cannot make a task long.
   */
  longTasksTippedByScript: number;
}

const LONG_TASK_MS = 50;

/** Events that do not start inside an earlier one (the outermost of nested slices). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/**
 * The main thread of the page whose main frame is `frameId` (found by its animation-frame
 * callbacks), its tasks, and the script whose URL starts with `scriptOrigin` in them.
 */
export function summariseMainThread(
  events: TraceEvent[],
  frameId: string,
  scriptOrigin: string | null,
): MainThreadSummary {
  const marker = events.find((e) => e.name === 'FireAnimationFrame' && e.args?.data?.frame === frameId);
  if (!marker) throw new Error(`the trace has no animation frame of the page (frame ${frameId})`);
  const onThread = (e: TraceEvent) => e.pid === marker.pid && e.tid === marker.tid && e.ph === 'X';
  const tasks = outermost(events.filter((e) => onThread(e) && e.name === 'RunTask'));
  const scripts =
    scriptOrigin === null
      ? []
      : outermost(
          events.filter(
            (e) => onThread(e) && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(scriptOrigin),
          ),
        );
  let scriptLongestInTask = 0;
  let longTasks = 0;
  let longTasksOfScript = 0;
  let longTasksTippedByScript = 0;
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let inside = 0;
    while (i < scripts.length && scripts[i]!.ts < end) {
      if (scripts[i]!.ts >= task.ts) inside += (scripts[i]!.tdur ?? 0) / 1000;
      i += 1;
    }
    const cpu = (task.tdur ?? 0) / 1000;
    scriptLongestInTask = Math.max(scriptLongestInTask, inside);
    if ((task.dur ?? 0) / 1000 > LONG_TASK_MS) longTasks += 1;
    if (inside > LONG_TASK_MS) longTasksOfScript += 1;
    else if (cpu > LONG_TASK_MS && cpu - inside <= LONG_TASK_MS) longTasksTippedByScript += 1;
  }
  const sum = (list: TraceEvent[], key: 'dur' | 'tdur') => list.reduce((s, e) => s + (e[key] ?? 0), 0) / 1000;
  return {
    tasks: tasks.length,
    wallMs: sum(tasks, 'dur'),
    cpuMs: sum(tasks, 'tdur'),
    longTasks,
    scriptMs: sum(scripts, 'tdur'),
    scriptLongestInTask,
    longTasksOfScript,
    longTasksTippedByScript,
  };
}
