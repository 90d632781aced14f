// A Server Component: it renders the client component, which Next.js also renders on the server first.
import { Verify } from './verify';

export default function Page() {
  return (
    <main>
      <h1>Next.js App Router</h1>
      <Verify />
    </main>
  );
}
