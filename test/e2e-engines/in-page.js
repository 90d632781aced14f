// Runs inside the page under test, in Firefox and WebKit alike, sent as text by locate.ts (so that no build
// step can add helpers to it). Finds the one element with a given role and accessible name, looking through
// open shadow roots: the two WebDriver flavours have no common role query that enters them.
//
// It approximates the accessibility tree for the markup this project renders: the explicit `role`, else the
// implicit role of the tag; the name from aria-labelledby, aria-label, the element's <label>s, else its text.
// Returns the element, or a string saying why none was found (nothing, or more than one).

// The file is one function expression, sent as text; it is never run as a module.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions
(query) => {
  const descendants = (root) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    return found;
  };

  const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
  const implicitRole = (element) => {
    const tag = element.localName;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'input') {
      const type = element.type;
      if (type === 'radio' || type === 'checkbox') return type;
      if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
      if (type === 'file') return null;
      return 'textbox';
    }
    return { button: 'button', dialog: 'dialog', select: 'combobox', textarea: 'textbox', output: 'status', a: 'link', li: 'listitem' }[tag] ?? null;
  };
  const roleOf = (element) => text(element.getAttribute('role')).split(' ')[0] || implicitRole(element);
  const byId = (element, id) => element.getRootNode().getElementById?.(id) ?? null;
  const nameOf = (element) => {
    const labelledBy = text(element.getAttribute('aria-labelledby'));
    if (labelledBy) return text(labelledBy.split(' ').map((id) => byId(element, id)?.textContent ?? '').join(' '));
    const label = text(element.getAttribute('aria-label'));
    if (label) return label;
    if (element.labels?.length) return text([...element.labels].map((l) => l.textContent).join(' '));
    return text(element.textContent);
  };
  const hidden = (element) =>
    (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })) || element.closest('[aria-hidden="true"]') !== null;

  const find = (query, all) => {
    const matches = all.filter((element) => {
      if (query.label !== undefined) {
        // A form control by its label (file inputs are often visually hidden, so visibility is not asked).
        return element.labels?.length > 0 && text([...element.labels].map((l) => l.textContent).join(' ')) === query.label;
      }
      return roleOf(element) === query.role && nameOf(element) === query.name && !hidden(element);
    });
    const what = query.label !== undefined ? `control labelled "${query.label}"` : `${query.role} named "${query.name}"`;
    if (matches.length === 0) return `no ${what}`;
    const sketch = (element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1);
    if (matches.length > 1) return `${matches.length} elements match ${what}: ${matches.map(sketch).join(' ')}`;
    const [found] = matches;
    if (query.enabled && (found.disabled || found.getAttribute('aria-disabled') === 'true')) return `${what} is disabled`;
    return found;
  };

  // `within`: the query applies inside the one element that this other query finds.
  if (!query.within) return find(query, descendants(document));
  const scope = find(query.within, descendants(document));
  if (typeof scope === 'string') return scope;
  return find(query, descendants(scope));
};
