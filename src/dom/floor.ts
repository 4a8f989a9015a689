// The benchmark's floor: the least any highlighter must do — one TreeWalker pass over text nodes, one regular
// expression, one CSS.highlights.set. Our full pass is measured against it.
export function floorPass(doc: Document, regex: RegExp, name = 'gii-lens-floor'): number {
  const view = doc.defaultView as Window & typeof globalThis;
  const ranges: StaticRange[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    regex.lastIndex = 0;
    for (let m = regex.exec(data); m; m = regex.exec(data)) {
      ranges.push(
        new view.StaticRange({
          startContainer: node,
          startOffset: m.index,
          endContainer: node,
          endOffset: m.index + m[0].length,
        }),
      );
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
  view.CSS.highlights.set(name, new view.Highlight(...ranges));
  return ranges.length;
}
