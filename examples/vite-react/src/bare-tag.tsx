// The same element without the wrapper: React 19 sets its properties and listens to
// `on` + the event's name. `verify-identity/react` types the bare tag for TSX.
import type {} from 'verify-identity/react';
import 'verify-identity';

export function BareVerifyIdentity({ secret, onDone }: { secret: string; onDone: (status: string) => void }) {
  return (
    <verify-identity
      client-secret={secret}
      open
      onverification-verified={(event) => onDone(event.detail.session.status)}
      onverification-close={(event) => onDone(event.detail.status ?? 'not loaded')}
    />
  );
}
