import { bins } from '../strings/bins';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FetchFailure,
  MAX_REDIRECTS,
} from './fetch-capped';
import type { BinError, BinTarget } from './types';

export interface FailureContext {
  /** Whether an API key went with the request (a 401/403 then means the key was wrong). */
  sentApiKey: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => number;
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function hostOf(target: BinTarget): string {
  return new URL(target.origin).host;
}

function statusError(
  target: BinTarget,
  status: number,
  retryAfter: string | undefined,
  context: FailureContext,
): BinError {
  const host = hostOf(target);
  if (status === 404 || status === 410) {
    const message =
      target.kind === 'webhook-site'
        ? bins.errors.notFoundWebhookSite(host)
        : target.kind === 'svix-play'
          ? bins.errors.notFoundSvixPlay
          : bins.errors.notFound(host, status);
    return { kind: 'not-found', message, status };
  }
  if (status === 401 || status === 403) {
    const acceptsApiKey = target.kind === 'webhook-site';
    const keyRejected = acceptsApiKey && context.sentApiKey;
    const message = keyRejected
      ? bins.errors.apiKeyRejected(status)
      : acceptsApiKey
        ? bins.errors.privateBin
        : bins.errors.accessDenied(host, status);
    return { kind: 'private', message, status, acceptsApiKey, keyRejected };
  }
  if (status === 429) {
    const seconds = retryAfterSeconds(retryAfter, (context.now ?? Date.now)());
    return {
      kind: 'rate-limited',
      message: bins.errors.rateLimited(host, seconds),
      ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
    };
  }
  if (status >= 500) {
    return { kind: 'server-error', message: bins.errors.serverError(host, status), status };
  }
  return { kind: 'unexpected-status', message: bins.errors.unexpectedStatus(host, status), status };
}

/** Words a fetch failure for the bin it happened on. */
export function binErrorFor(
  failure: FetchFailure,
  target: BinTarget,
  context: FailureContext,
): BinError {
  const host = hostOf(target);
  switch (failure.kind) {
    case 'status':
      return statusError(target, failure.status, failure.retryAfter, context);
    case 'timeout': {
      const timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      return { kind: 'timeout', message: bins.errors.timeout(host, timeoutMs), timeoutMs };
    }
    case 'network':
      return { kind: 'offline', message: bins.errors.offline(host) };
    case 'cut-off': {
      const { receivedBytes, expectedBytes } = failure;
      return {
        kind: 'cut-off',
        message: bins.errors.cutOff(host, receivedBytes, expectedBytes),
        receivedBytes,
        ...(expectedBytes === undefined ? {} : { expectedBytes }),
      };
    }
    case 'cancelled':
      return { kind: 'cancelled', message: bins.errors.cancelled };
    case 'not-json':
      return {
        kind: 'not-json',
        message: failure.looksLikeHtml
          ? bins.errors.notJsonWebPage(host)
          : bins.errors.notJson(host),
      };
    case 'too-large': {
      const maxBytes = context.maxBytes ?? DEFAULT_MAX_BYTES;
      const { declaredBytes } = failure;
      return {
        kind: 'too-large',
        message: bins.errors.tooLarge(host, maxBytes),
        maxBytes,
        ...(declaredBytes === undefined ? {} : { declaredBytes }),
      };
    }
    case 'redirected':
      return failure.to === undefined
        ? { kind: 'redirected-elsewhere', message: bins.errors.redirectHidden(host) }
        : {
            kind: 'redirected-elsewhere',
            message: bins.errors.redirectedTo(host, new URL(failure.to).host),
            to: failure.to,
          };
    case 'too-many-redirects':
      return {
        kind: 'too-many-redirects',
        message: bins.errors.tooManyRedirects(host, MAX_REDIRECTS),
      };
  }
}

export function unexpectedShape(target: BinTarget): BinError {
  return {
    kind: 'unexpected-response',
    message: bins.errors.unexpectedShape(hostOf(target), bins.services[target.kind]),
  };
}
