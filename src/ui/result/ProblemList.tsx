import { useId } from 'preact/hooks';
import type { Problem } from '../../model/call-record';
import { ui } from '../../strings';
import { revealPath } from '../raw/reveal';

/** A problem's JSON path; a button that shows it in the raw JSON tree. */
function ProblemPath({ path }: { path: string }) {
  if (path === '') return <code class="problem__path">{ui.problems.wholeDocument}</code>;
  return (
    <button
      type="button"
      class="problem__path problem__path--reveal"
      title={ui.rawJson.revealName(path)}
      aria-label={ui.rawJson.revealName(path)}
      data-testid="problem-path"
      onClick={() => revealPath(path)}
    >
      {path}
    </button>
  );
}

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
        <ProblemPath path={problem.path} />{' '}
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
