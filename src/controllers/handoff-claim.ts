// The phone's side of a handoff, loaded on demand by an element opened with no client secret on a page
// whose address carries `#code=…`.
import { claimHandoff, readHandoffCode } from '../core/handoff.js';

export { claimHandoff };

/**
 * The handoff code of the page's address, removed from the address bar at once (`history.replaceState`,
 * the SDK's only touch of history): a code is single-use, and a reload, a bookmark or a shared
 * screenshot should not carry it. `null` when the address has none.
 */
export function takeHandoffCode(): string | null {
  const code = readHandoffCode(location.hash);
  if (code) history.replaceState(history.state, '', location.pathname + location.search);
  return code;
}
