import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './shell.css';

export interface View {
  id: string;
  label: string;
  content: () => ComponentChildren;
}

/**
 * Tabs between a page's views (the panel's Network and Paste). Views stay mounted once shown, so
 * switching away keeps what was captured or typed.
 */
export function ViewSwitch({ views, label }: { views: View[]; label: string }) {
  const [current, setCurrent] = useState(views[0]?.id);
  const [shown, setShown] = useState(() => new Set(current ? [current] : []));
  const select = (id: string) => {
    setCurrent(id);
    setShown((s) => (s.has(id) ? s : new Set([...s, id])));
  };
  return (
    <div class="views">
      <div class="views__tabs" role="tablist" aria-label={label}>
        {views.map((view, i) => (
          <button
            key={view.id}
            type="button"
            role="tab"
            id={`tab-${view.id}`}
            aria-selected={view.id === current}
            aria-controls={`view-${view.id}`}
            tabIndex={view.id === current ? 0 : -1}
            class="views__tab"
            data-testid={`view-tab-${view.id}`}
            onClick={() => select(view.id)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = views[(i + step + views.length) % views.length];
              if (!next) return;
              select(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {view.label}
          </button>
        ))}
      </div>
      {views.map((view) =>
        shown.has(view.id) ? (
          <div
            key={view.id}
            role="tabpanel"
            id={`view-${view.id}`}
            aria-labelledby={`tab-${view.id}`}
            hidden={view.id !== current}
          >
            {view.content()}
          </div>
        ) : null,
      )}
    </div>
  );
}
