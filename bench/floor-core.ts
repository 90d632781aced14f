// The floor the core SDK is measured against: one authenticated JSON fetch with an abort signal.
export async function retrieve(apiBase: string, id: string, secret: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(`${apiBase}/identity/verification_sessions/${id}`, {
    headers: { Authorization: `Bearer ${secret}` },
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
