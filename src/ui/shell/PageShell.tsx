import type { ComponentChildren } from 'preact';
import { pages } from '../../strings';
import './shell.css';

interface Props {
  /** popup: the toolbar popup's fixed width; page: a tab or DevTools panel, using all the space. */
  kind: 'popup' | 'page';
  /** Buttons or links at the right of the title bar. */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/** The title bar and frame every Hookline page shares. */
export function PageShell({ kind, actions, children }: Props) {
  return (
    <div class={`shell shell--${kind}`}>
      <header class="shell__bar">
        <h1 class="shell__title">{pages.productName}</h1>
        <span class="shell__tagline">{pages.tagline}</span>
        {actions && <div class="shell__actions">{actions}</div>}
      </header>
      <main class="shell__main">{children}</main>
    </div>
  );
}
