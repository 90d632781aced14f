// <verify-identity> in Preact's JSX, typed by verify-identity/jsx/preact.
import type {} from 'verify-identity/jsx/preact';
import 'verify-identity';

export const Verify = ({ secret }: { secret: string }) => (
  <verify-identity client-secret={secret} open onverification-verified={(event) => console.log(event.detail.session.id)} />
);

// @ts-expect-error -- the event's detail is typed: it has no `nope`.
export const WrongDetail = () => <verify-identity onverification-verified={(event) => event.detail.nope} />;
