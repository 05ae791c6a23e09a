/** The panel page's hand-fed network source (`window.hooklineNetwork`, see src/panel/main.tsx). */
export interface FedNetwork {
  emit(entry: unknown): void;
}

/** A finished request as DevTools reports it; the body is inline, as a hand-fed source takes it. */
export function harEntry(
  path: string,
  body: string,
  where: 'request' | 'response',
  at = Date.now(),
) {
  const json = { mimeType: 'application/json', text: body };
  return {
    startedDateTime: new Date(at).toISOString(),
    time: 12,
    request: {
      method: where === 'request' ? 'POST' : 'GET',
      url: `https://app.example${path}`,
      ...(where === 'request' ? { postData: json } : {}),
    },
    response: {
      status: 200,
      content: {
        ...(where === 'response' ? json : { mimeType: 'text/plain', text: 'ok' }),
        size: body.length,
      },
    },
  };
}
