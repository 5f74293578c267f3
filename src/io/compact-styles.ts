// html-to-image copies every computed property of every element it clones (about 360 in Chromium), one call at a
// time, because Chromium's computed style has an empty cssText; for a large board that copy is most of an export.
// While `work` runs, getComputedStyle hands html-to-image, for elements under `root`, the computed style with a
// cssText that lists only the properties some stylesheet or the element's own style attribute can set. Every other
// property is at its browser default (or inherits one) on screen, and it is the same in the image, whose browser
// defaults are the same.

/** Every longhand property that a rule in the document's stylesheets sets (custom properties aside). */
export function authoredProperties(doc: Document = document): Set<string> {
  const names = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) {
        for (let i = 0; i < rule.style.length; i++) {
          if (!rule.style[i].startsWith('--')) names.add(rule.style[i]);
        }
      }
      if ('cssRules' in rule && rule.cssRules) visit(rule.cssRules as CSSRuleList);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A stylesheet from another origin cannot be read; the app has none.
    }
  }
  return names;
}

/** The declarations of `names` plus the element's own inline properties, as the element computes them. */
export function compactCssText(element: Element, computed: CSSStyleDeclaration, names: Set<string>): string {
  let text = '';
  const add = (name: string) => {
    const value = computed.getPropertyValue(name);
    if (value) text += `${name}:${value};`;
  };
  names.forEach(add);
  const own = (element as HTMLElement).style;
  for (let i = 0; own && i < own.length; i++) if (!names.has(own[i])) add(own[i]);
  // Chromium computes `display: -webkit-box` with a line clamp as flow-root, and the clamp (with its ellipsis) only
  // works with -webkit-box: give the image the authored display back.
  if (computed.getPropertyValue('-webkit-line-clamp') !== 'none' && computed.getPropertyValue('display') === 'flow-root') {
    text += 'display:-webkit-box;';
  }
  return text;
}

export async function withCompactStyles<T>(root: Element, work: () => Promise<T>): Promise<T> {
  const names = authoredProperties();
  const original = window.getComputedStyle;
  window.getComputedStyle = function compact(element: Element, pseudo?: string | null): CSSStyleDeclaration {
    const computed = original.call(window, element, pseudo);
    if (pseudo || !root.contains(element)) return computed;
    const cssText = compactCssText(element, computed, names);
    return new Proxy(computed, {
      get: (target, key) => {
        if (key === 'cssText') return cssText;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  try {
    return await work();
  } finally {
    window.getComputedStyle = original;
  }
}
