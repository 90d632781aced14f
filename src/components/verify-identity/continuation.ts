import { html, nothing, type TemplateResult } from 'lit';
import type { HandoffContinuation } from '../../core/handoff.js';
import type { ClientSession } from '../../core/types.js';
import { allowedDocumentTypes, INITIAL_FLOW, type FlowState } from './flow-state.js';
import type { Branding, ViewContext } from './view-context.js';

/**
 * What this computer would carry to the phone with a handoff code: the consent and document type the
 * person gave here, and the business's name and logo as shown here. Not checked yet: the handoff view
 * (its own chunk, with the rule) leaves out a field the rule refuses rather than failing the handoff.
 */
export function continuationOf(session: ClientSession, flow: FlowState, branding: Branding): HandoffContinuation {
  const candidates: HandoffContinuation = {};
  if (flow.consentGiven) candidates.consent_given = true;
  const documentType = flow.documentType;
  if (documentType && allowedDocumentTypes(session).includes(documentType)) candidates.document_type = documentType;
  if (branding.businessName.trim()) candidates.business_name = branding.businessName.trim();
  const logo = absolute(branding.logoUrl);
  if (logo) candidates.logo_url = logo;
  return candidates;
}

/** The logo's URL as the phone can load it: relative to this page, resolved here. */
function absolute(url: string): string | undefined {
  if (!url.trim()) return undefined;
  try {
    return new URL(url, location.href).href;
  } catch {
    return undefined;
  }
}

/** The same object while nothing it is made of changes: the handoff view is given it on every render. */
export function continuationMemo(): (session: ClientSession, flow: FlowState, branding: Branding) => HandoffContinuation {
  let last: { session: ClientSession; flow: FlowState; branding: Branding; value: HandoffContinuation } | null = null;
  return (session, flow, branding) => {
    if (last?.session !== session || last.flow !== flow || last.branding !== branding) {
      last = { session, flow, branding, value: continuationOf(session, flow, branding) };
    }
    return last.value;
  };
}

/**
 * The flow a phone starts from: what the computer already answered. A document type the session does not
 * allow is ignored by the flow (`effectiveDocumentType`), so the document step is then asked again.
 */
export function continuedFlow(continuation: HandoffContinuation): FlowState {
  if (!continuation.consent_given && !continuation.document_type) return INITIAL_FLOW;
  return { ...INITIAL_FLOW, consentGiven: continuation.consent_given === true, documentType: continuation.document_type ?? null };
}

/**
 * On the phone, above its steps: whose verification this continues. The phone page's own `business-name`
 * and `logo-url` come first; the computer's are used where the page sets none.
 */
export function continuationNote(context: ViewContext): TemplateResult | typeof nothing {
  if (!context.onPhone) return nothing;
  const t = context.strings.handoffOutcomes;
  const name = context.branding.businessName.trim() || context.continuation.business_name;
  const logo = context.branding.logoUrl || context.continuation.logo_url;
  return html`<p part="continuation" class="continuation">
    ${logo ? html`<img class="continuation-logo" src=${logo} alt="" referrerpolicy="no-referrer" />` : nothing}
    <span>${name ? t.continuing(name) : t.continuingUnnamed}</span>
  </p>`;
}
