// Registers every element, as the package entry does, for the steps' tests.
import '../../../src/define.js';
import '../../../src/define-steps.js';

/** The element's shadow root, for queries. */
export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

/** The trimmed text of the element's shadow content matching `selector`. */
export function textOf(element: HTMLElement, selector: string): string {
  return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
