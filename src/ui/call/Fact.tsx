import type { ComponentChildren } from 'preact';

/** One labelled row of a `<dl class="rows">`. */
export function Fact({
  label,
  children,
  testId,
  title,
}: {
  label: string;
  children: ComponentChildren;
  testId?: string;
  /** Where the value was read from, shown on hover. */
  title?: string;
}) {
  return (
    <div class="rows__row" data-testid={testId} title={title}>
      <dt class="rows__key">{label}</dt>
      <dd class="rows__value">{children}</dd>
    </div>
  );
}
