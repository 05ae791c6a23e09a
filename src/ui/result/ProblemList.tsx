import { useId } from 'preact/hooks';
import type { Problem } from '../../model/call-record';
import { ui } from '../../strings';

function ProblemItem({ problem }: { problem: Problem }) {
  return (
    <li class={`problem problem--${problem.severity}`} data-testid="problem">
      <p class="problem__message">
        <strong class="problem__severity">
          {problem.severity === 'error' ? ui.problems.error : ui.problems.warning}:
        </strong>{' '}
        {problem.message}
      </p>
      <p class="problem__detail">
        <code class="problem__path">{problem.path || ui.problems.wholeDocument}</code>{' '}
        {ui.problems.expectedFound(problem.expected, problem.found)}
      </p>
      {problem.line !== undefined && problem.column !== undefined && (
        <p class="problem__position" data-testid="problem-position">
          {ui.problems.position(problem.line, problem.column)}
        </p>
      )}
      {problem.excerpt && <pre class="problem__excerpt">{problem.excerpt}</pre>}
    </li>
  );
}

/** Decoding problems, each with its JSON path; shown above the card, never instead of it. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const id = useId();
  if (problems.length === 0) return null;
  return (
    <section class="problems" aria-labelledby={id} data-testid="problems">
      <h2 id={id} class="problems__title">
        {ui.problems.heading(problems.length)}
      </h2>
      <ul class="problems__list">
        {problems.map((problem, index) => (
          <ProblemItem key={index} problem={problem} />
        ))}
      </ul>
    </section>
  );
}
