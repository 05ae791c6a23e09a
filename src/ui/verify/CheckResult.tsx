import type { SignatureCheck } from '../../model/signatures';
import { SCHEMES } from '../../model/signatures';
import { verify } from '../../strings';
import { vendorName } from '../../strings/glossary/index';
import { Badge } from '../common/Badge';

/** What a check compared, and what it concluded, in the order a developer reads it. */
export function CheckResult({ check }: { check: SignatureCheck }) {
  const vendor = SCHEMES[check.scheme].vendor;
  const stateText = verify.states[check.state];
  const sentence =
    typeof stateText === 'function' ? stateText(check.header?.name ?? '') : stateText;
  const tone =
    check.state === 'valid'
      ? 'success'
      : check.state === 'mismatch' || check.state === 'malformed'
        ? 'danger'
        : 'neutral';
  return (
    <div class="verify__result" data-testid="signature-result" data-state={check.state}>
      <p>
        <Badge
          kind={verify.heading}
          label={verify.stateLabels[check.state]}
          tone={tone}
          testId="signature-state"
        />{' '}
        <span>{sentence}</span>
      </p>
      {check.likelyCause !== undefined && (
        <p class="note" data-testid="signature-cause">
          {verify.causes[check.likelyCause]}
        </p>
      )}
      {check.timestamp !== undefined && (
        <p
          class={check.timestamp.withinTolerance ? 'note' : 'note note--warning'}
          data-testid="signature-age"
        >
          {verify.age(
            check.timestamp.ageMs,
            check.timestamp.toleranceMs,
            check.timestamp.withinTolerance,
            vendor === undefined ? '' : vendorName(vendor),
          )}
        </p>
      )}
      <dl class="rows">
        {check.header !== undefined && (
          <div class="rows__row">
            <dt class="rows__key">{verify.header}</dt>
            <dd class="rows__value verify__mono">{check.header.name}</dd>
          </div>
        )}
        {check.signed !== undefined && (
          <div class="rows__row">
            <dt class="rows__key">{verify.signedText}</dt>
            <dd class="rows__value verify__mono" data-testid="signature-signed">
              {check.signed.preview}{' '}
              <span class="note">({verify.signedLength(check.signed.length)})</span>
            </dd>
          </div>
        )}
        {check.computed !== undefined && (
          <div class="rows__row">
            <dt class="rows__key">{verify.computed}</dt>
            <dd class="rows__value verify__mono" data-testid="signature-computed">
              {check.computed}
            </dd>
          </div>
        )}
        {check.received !== undefined && check.scheme !== 'vapi-secret' && (
          <div class="rows__row">
            <dt class="rows__key">{verify.received}</dt>
            <dd class="rows__value verify__mono" data-testid="signature-received">
              {check.received}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
