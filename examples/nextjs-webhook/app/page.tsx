export default function Home() {
  return <p>Webhooks from verify-identity are received at POST /api/webhooks.</p>;
}
