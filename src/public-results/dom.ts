// A few lines in place of a view library: elements built with text set
// through textContent only, so nothing published is ever parsed as HTML.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? text(child) : child);
  }
  return node;
}

/** A text node: Node.append would do the same, this names the intent. */
export function text(value: string): Text {
  const node = document.createTextNode('');
  node.textContent = value;
  return node;
}
