// happy-dom has no CSS Custom Highlight API: a minimal registry stands in for Chromium's, installed on `window`
// for the duration of a test file or a test.

/** Like Chromium's: `new Highlight(range1, range2, …)`, then a set of ranges. */
export class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class FakeStaticRange {
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    Object.assign(this, init);
  }
}

/** Installs the stand-ins; returns the registry and how to take them away again. */
export function installFakeHighlights(): { registry: Map<string, FakeHighlight>; uninstall(): void } {
  const registry = new Map<string, FakeHighlight>();
  const fakes = { CSS: { highlights: registry }, Highlight: FakeHighlight, StaticRange: FakeStaticRange };
  for (const [name, value] of Object.entries(fakes)) Object.defineProperty(window, name, { value, configurable: true });
  return {
    registry,
    uninstall: () => {
      for (const name of Object.keys(fakes)) Reflect.deleteProperty(window, name);
    },
  };
}
