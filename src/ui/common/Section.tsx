import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  heading: ComponentChildren;
  /** Controls beside the heading (copy buttons, counts). */
  tools?: ComponentChildren;
  testId: string;
  class?: string;
  children: ComponentChildren;
}

/** A titled card section, named by its heading for assistive tech. */
export function Section({ heading, tools, testId, class: className, children }: Props) {
  const id = useId();
  return (
    <section
      class={`card-section${className ? ` ${className}` : ''}`}
      aria-labelledby={id}
      data-testid={testId}
    >
      <div class="card-section__head">
        <h3 id={id} class="card-section__title">
          {heading}
        </h3>
        {tools}
      </div>
      {children}
    </section>
  );
}
