// Measurements for the WCAG 2.2 AA tests: target sizes (2.5.8), contrast (1.4.3), reflow (1.4.10) and
// focus not obscured (2.4.11), read from what the browser laid out and computed, shadow roots included.

/** Every element under `root`, looking into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

function isRendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  if (element.closest('[hidden], .visually-hidden')) return false;
  return element.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true;
}

const name = (element: Element) =>
  `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;

/** Primary controls (main buttons, ✕, Back) under 44×44 CSS px and any other target under 24×24. */
export function smallTargets(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const isControl = element.matches('button, a[href], input:not([type=hidden]), select, textarea, summary');
    if (!isControl || !isRendered(element)) continue;
    // A radio or checkbox is hit through its label too: the label is its target.
    const target = element.matches('input[type=radio], input[type=checkbox]') ? (element.closest('label') ?? element) : element;
    // Inline links in a sentence are exempt (2.5.8 "Inline").
    if (element.matches('p a, li a')) continue;
    const { width, height } = target.getBoundingClientRect();
    const primary = element.matches('.button--primary, .close, .back, [part~=capture-button]');
    const min = primary ? 44 : 24;
    if (width < min - 0.5 || height < min - 0.5) problems.push(`${name(element)} is ${width.toFixed(1)}×${height.toFixed(1)}, under ${min}×${min}`);
  }
  return problems;
}

let canvas: CanvasRenderingContext2D | null = null;

/** Any CSS colour (oklch, color-mix, light-dark resolved…) as sRGB 0–255 with alpha 0–1, through a canvas. */
export function rgba(color: string): [number, number, number, number] {
  canvas ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

function parentAcrossShadow(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** The colour behind an element: its own and its ancestors' backgrounds, composited until opaque. */
function backgroundOf(element: Element): number[] {
  const layers: [number, number, number, number][] = [];
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    const layer = rgba(getComputedStyle(current).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  let color = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) color = [r * a + color[0]! * (1 - a), g * a + color[1]! * (1 - a), b * a + color[2]! * (1 - a)];
  return color;
}

/** Text under 4.5:1 against what is behind it (3:1 for large text), skipping disabled controls. */
export function lowContrastText(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (!ownText || !isRendered(element)) continue;
    if (element.closest(':disabled, [aria-disabled=true], [inert]')) continue;
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const foreground = rgba(style.color);
    const background = backgroundOf(element);
    const blended = foreground.slice(0, 3).map((channel, i) => channel * foreground[3] + background[i]! * (1 - foreground[3]));
    const ratio = contrastRatio(blended, background);
    const min = large ? 3 : 4.5;
    if (ratio < min) problems.push(`${name(element)}: ${ratio.toFixed(2)}:1 (${style.color} on rgb(${background.map(Math.round).join(', ')})), under ${min}:1`);
  }
  return problems;
}

/** Elements wider than the box that scrolls them, so that reading needs scrolling sideways. */
export function horizontalOverflow(root: ParentNode): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const element of deepElements(root)) {
    if (!isRendered(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${name(element)} overflows the ${width}px viewport (${box.left.toFixed(0)}–${box.right.toFixed(0)})`);
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible' && element.clientWidth > 0) {
      problems.push(`${name(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
    }
  }
  return problems;
}

/** The element actually drawn at a point, looking into shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the focused element can be seen: not covered by anything else at its centre (2.4.11). */
export function focusObscured(): string | null {
  const active = deepActiveElement();
  // Tab past the last control leaves the page's content (to the browser): nothing of ours is focused.
  if (!active || active === document.body || active.localName === 'dialog') return null;
  const box = active.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(box.height / 2, 8);
  if (y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) return `${name(active)} is out of view`;
  const drawn = deepElementFromPoint(x, y);
  if (!drawn) return `${name(active)}: nothing drawn at its centre`;
  const covers = drawn === active || active.contains(drawn) || drawn.contains(active) || (drawn.getRootNode() as ShadowRoot).host === active;
  // A label drawn over its own (radio, visually hidden file) input is the same control.
  const label = drawn.closest('label');
  const ownLabel = label?.contains(active) || label?.control === active;
  return covers || ownLabel ? null : `${name(active)} is hidden behind ${name(drawn)}`;
}
