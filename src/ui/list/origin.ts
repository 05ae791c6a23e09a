import type { Observation } from '../../model/observation';
import { list } from '../../strings';

/** The URL's path and query, for a narrow column; anything else as given. */
export function displayPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? `${parsed.pathname}${parsed.search}`
      : url;
  } catch {
    return url;
  }
}

/**
 * Where a payload was seen, in a few words: the method, and for DevTools traffic the path,
 * whether it was the request's or the response's body, and where in a list it sat.
 */
export function originText(observation: Observation): string {
  const { request, direction, payloadPath } = observation;
  const parts = [request?.method];
  if (observation.source === 'capture') {
    if (request?.url !== undefined) parts.push(displayPath(request.url));
    parts.push(direction === 'request' ? list.fromRequest : list.fromResponse);
  }
  if (payloadPath !== undefined) parts.push(payloadPath);
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}
