// Rendering Preact components into happy-dom for component tests, and waiting for what they show.
import { render, type ComponentChild } from 'preact';

/** Renders `node` into a fresh element appended to the body; returns that element. */
export function mountInto(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

type Maybe<T> = T | null | undefined | false;

/** Polls `check` until it yields a value (about 3 s at most), for effects and async handlers to settle. */
export async function waitFor<T>(check: () => Maybe<T> | Promise<Maybe<T>>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
