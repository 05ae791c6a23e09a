import type { Code, VendorId } from '../../model/record';
import { explainCode } from '../../strings/glossary/index';
import { CodeBadge } from '../common/Badge';
import { Fact } from './Fact';

/** A raw code as a badge in the vendor's words, its meaning beside it, its path on hover. */
export function CodeFact({
  vendor,
  kind,
  label,
  code,
  testId,
}: {
  vendor: VendorId;
  /** The glossary table (`status`, `endReason`, `answeredBy`…). */
  kind: string;
  label: string;
  code: Code;
  testId?: string;
}) {
  const explained = explainCode(vendor, kind, code.raw);
  return (
    <Fact label={label} testId={testId} title={code.path}>
      <CodeBadge kind={label} code={explained} />{' '}
      {explained.label.toLowerCase() !== code.raw.toLowerCase() && (
        <code class="raw-code">{code.raw}</code>
      )}{' '}
      <span class="explanation">{explained.explanation}</span>
    </Fact>
  );
}
