import { render } from 'preact';
import { pages } from '../strings';

function Page() {
  return (
    <main>
      <h1>{pages.productName}</h1>
      <p data-testid="empty-state">{pages.emptyState}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Page />, root);
