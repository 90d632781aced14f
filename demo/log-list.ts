// One entry of the two event columns: a time, a name, and a short detail.

const MAX_ENTRIES = 200;

/** Returns the entry's detail, for a caller that updates it later. */
export function appendLogEntry(list: HTMLOListElement, name: string, detail: string, time = new Date()): HTMLSpanElement {
  const item = document.createElement('li');
  const stamp = document.createElement('time');
  stamp.dateTime = time.toISOString();
  stamp.textContent = time.toLocaleTimeString(undefined, { hour12: false });
  const title = document.createElement('strong');
  title.textContent = name;
  const text = document.createElement('span');
  text.textContent = detail;
  item.append(stamp, ' ', title, ' ', text);
  list.append(item);
  // A long session would otherwise grow the page without bound.
  while (list.childElementCount > MAX_ENTRIES) list.firstElementChild!.remove();
  // The list sits in a scrolling role=log container: keep the newest entry in view.
  list.parentElement?.scrollTo({ top: list.parentElement.scrollHeight });
  return text;
}
