// The content script's whole cost on a page, as a reader pays it: with the extension as built loaded, the
// JavaScript time of every stack that passes through content-scripts/content.js, from its evaluation (module
// bodies) through its verdict on the page and its report. The sampling profiler sees the isolated
// world's stacks too, so this needs no hook in the script itself.
import { launchWithExtension } from '../tests/support/chromium';
import type { StaticServer } from '../tests/support/static-server';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The parts of a DevTools protocol CPU profile (Profiler.stop) that the sum below reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples whose stack holds a frame of the content script. */
export function timeInScript(profile: CpuProfile, scriptPath = CONTENT_SCRIPT): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = (node?.callFrame.url.includes(scriptPath) ?? false) || (up !== undefined && ours(up));
    inScript.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  // A sample's delta is the time since the one before; the time a sample stands for is the next one's delta.
  for (let i = 0; i < samples.length - 1; i++) if (ours(samples[i]!)) micros += deltas[i + 1] ?? 0;
  return micros / 1000;
}

/** Whether the profile holds any frame of the script: if not, the script ran in another renderer, unseen. */
export function sawScript(profile: CpuProfile, scriptPath = CONTENT_SCRIPT): boolean {
  return profile.nodes.some((n) => n.callFrame.url.includes(scriptPath));
}

export type Arrival =
  /** A new tab goes to the page: a new renderer, where V8 compiles the script from nothing. */
  | 'new-renderer'
  /** The tab was on another page of the same site: the renderer has compiled the script before. */
  | 'same-site';

/** How long to wait after the load event for the script (run at document_idle) to reach its verdict. */
const SETTLE_MS = 1_000;

/**
 * The content script's time on `path`, page by page, in a browser of its own: each run starts the profiler in a
 * tab, goes to `path` and waits for the script to settle. Chromium moves some navigations to another renderer (a
 * fifth or so of the same-site ones here, though the script did run: it reported to the background every time);
 * such a run holds no frame of the script and is done again. Returns milliseconds per run, in run order.
 */
export async function contentScriptCost(
  server: StaticServer,
  path: string,
  arrival: Arrival,
  runs: number,
): Promise<number[]> {
  const extension = await launchWithExtension();
  const times: number[] = [];
  let unseen = 0;
  try {
    while (times.length < runs) {
      if (unseen > 3 * runs + 5) throw new Error(`the profiler saw the content script in only ${times.length} runs`);
      const page = await extension.context.newPage();
      if (arrival === 'same-site') await page.goto(server.url('/not-found'), { waitUntil: 'load' });
      const cdp = await extension.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      const { profile } = await cdp.send('Profiler.stop');
      if (sawScript(profile)) times.push(timeInScript(profile));
      else unseen++;
      await cdp.detach();
      await page.close();
    }
  } finally {
    await extension.close();
  }
  return times;
}
