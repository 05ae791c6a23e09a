import type { CallAction } from '../../model/call-record';
import { ui } from '../../strings';
import { Section } from '../common/Section';
import { ActionBlock } from './ActionBlock';

export function ActionsSection({ actions }: { actions: readonly CallAction[] }) {
  if (actions.length === 0) return null;
  return (
    <Section heading={ui.actions.heading(actions.length)} testId="actions">
      <div class="actions">
        {actions.map((action) => (
          <ActionBlock key={action.key} action={action} />
        ))}
      </div>
    </Section>
  );
}
