// `gii-lens scan`: what the extension would highlight on saved pages and text files.
import { readFile, stat } from 'node:fs/promises';
import { annotate, classify } from '../core';
import { installCompromiseReader } from '../core/compromise-reader';
import type { Classification, Mention } from '../core/types';
import { htmlToText } from './html-text';

// On the command line compromise loads up front: a scan reads each file once and never again.
installCompromiseReader();

/** Larger files are refused rather than risk exhausting memory: a news page is far smaller. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ScanResult extends Classification {
  file: string;
  mentions: Mention[];
}

export class ScanError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ScanError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readText(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ScanError(file, 'is a directory, not a file');
    if (!info.isFile()) throw new ScanError(file, 'is not a regular file');
    size = info.size;
  } catch (e) {
    if (e instanceof ScanError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScanError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new ScanError(
      file,
      `too large (${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new ScanError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new ScanError(file, 'is a binary file, not text');
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ScanError(file, 'is not valid UTF-8 text');
  }
}

export async function scanFile(file: string, all: boolean): Promise<ScanResult> {
  const raw = await readText(file);
  let text = raw;
  let title = '';
  let url: string | undefined;
  if (/\.html?$/i.test(file)) {
    if (!/<[a-z!][^>]*>/i.test(raw)) throw new ScanError(file, 'is not HTML: no markup found');
    ({ text, title, url } = htmlToText(raw));
  } else {
    title = raw.split('\n', 1)[0]?.trim() ?? '';
  }
  const verdict = classify(text, { title, url });
  const mentions = verdict.verdict !== 'unrelated' || all ? annotate(text, { verdict: verdict.verdict }) : [];
  return { file, ...verdict, mentions };
}

export function formatJson(r: ScanResult): string {
  return JSON.stringify({
    file: r.file,
    verdict: r.verdict,
    score: r.score,
    reasons: r.reasons,
    mentions: r.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      id: m.id,
      ...(m.agreement ? { agreement: m.agreement } : {}),
    })),
  });
}

export function formatTable(r: ScanResult): string {
  const counts = new Map<string, number>();
  for (const m of r.mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'no mentions';
  const lines = [`${r.file}  ${r.verdict} (score ${r.score})  ${summary}`];
  for (const reason of r.reasons) lines.push(`  · ${reason}`);
  for (const m of r.mentions) {
    const where = `${m.start}-${m.end}`.padEnd(13);
    lines.push(
      `  ${where} ${m.kind.padEnd(12)} ${m.id.padEnd(42)} ${JSON.stringify(m.text)}${m.agreement ? `  ${m.agreement}` : ''}`,
    );
  }
  return lines.join('\n');
}
