import { childPath } from '../../json/path';
import { type DecodeContext, isPlainObject } from '../../lenient';
import type { Outcome, Party } from '../../record';
import { FAILED_TRANSFER_STATUSES } from './codes';

/**
 * `artifact.transfers[]` (spec `TransferArtifact`: destination, mode, status, transcript,
 * messages): each attempt's terminal status is an outcome detail, and one that did not go
 * through (no-answer, busy, voicemail, failed, cancelled) a `transfer-failed` failure. The
 * records themselves stay under Other fields, as sent. The first destination is the transfer
 * target when the message has no `destination` of its own.
 */
export function readTransfers(
  transfers: unknown[] | undefined,
  path: string,
  outcome: Outcome,
  ctx: DecodeContext,
): { target?: Party } {
  if (transfers === undefined) return {};
  ctx.otherFields.push({ path, value: transfers });
  let target: Party | undefined;
  transfers.forEach((transfer, index) => {
    if (!isPlainObject(transfer)) return;
    const at = childPath(path, index);
    const status = transfer.status;
    if (typeof status === 'string' && status.trim() !== '') {
      const statusPath = childPath(at, 'status');
      outcome.details.push({ kind: 'transferStatus', raw: status, path: statusPath });
      // The end reason may already say the transfer failed (`…-error-transfer-failed`): once.
      const known = outcome.failures.some((failure) => failure.kind === 'transfer-failed');
      if (FAILED_TRANSFER_STATUSES.has(status) && !known) {
        outcome.failures.push({ kind: 'transfer-failed', code: status, path: statusPath });
      }
    }
    const destination = isPlainObject(transfer.destination) ? transfer.destination : {};
    const number = destination.number ?? destination.sipUri;
    if (target === undefined && typeof number === 'string' && number.trim() !== '') {
      const key = typeof destination.number === 'string' ? 'number' : 'sipUri';
      target = { number, path: childPath(childPath(at, 'destination'), key) };
    }
  });
  return target === undefined ? {} : { target };
}
