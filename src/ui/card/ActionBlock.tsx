import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { CallAction, Structured } from '../../model/call-record';
import { ui } from '../../strings';
import { Badge } from '../common/Badge';
import { formatInZone, viewerTimeZone } from '../common/format-time';
import { KeyValueRows } from '../common/KeyValueRows';
import { StructuredValue } from '../common/StructuredValue';
import { ValueList } from '../common/ValueList';

/** Hard-coded parameter keys that get their own rows above. */
const placedParameters = new Set(['identifier', 'condition', 'choices', 'examples', 'description']);

/** What is left of the hard-coded parameters after the rows above took their share. */
function remainingParameters(parameters: Structured): Structured {
  if (parameters.kind !== 'object') return parameters;
  const rest = Object.entries(parameters.value).filter(([key]) => !placedParameters.has(key));
  return rest.length === 0
    ? { kind: 'none' }
    : { kind: 'object', value: Object.fromEntries(rest), fromString: parameters.fromString };
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="rows__row">
      <dt class="rows__key">{label}</dt>
      <dd class="rows__value">{children}</dd>
    </div>
  );
}

function Part({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <div class="action__part">
      <h5 class="action__part-title">{heading}</h5>
      {children}
    </div>
  );
}

/** One executed action: what it is, what it was told, what it returned, and whether it failed. */
export function ActionBlock({ action }: { action: CallAction }) {
  const id = useId();
  const hardCoded = remainingParameters(action.parametersHardCoded);
  const { returnValue } = action;
  return (
    <article
      class={`action${action.failed ? ' action--failed' : ''}`}
      aria-labelledby={id}
      data-testid="action"
    >
      <div class="action__head">
        <h4 id={id} class="action__name">
          {action.name}
        </h4>
        <Badge
          kind={ui.actions.badgeKind}
          label={action.failed ? ui.actions.failed : ui.actions.succeeded}
          explanation={
            action.failed ? ui.actions.failedExplanation : ui.actions.succeededExplanation
          }
          tone={action.failed ? 'danger' : 'success'}
          testId="action-state"
        />
      </div>
      <dl class="rows">
        <Fact label={ui.actions.type}>
          <span title={action.type.raw}>{action.type.label}</span>
        </Fact>
        {action.identifier !== undefined && (
          <Fact label={ui.actions.identifier}>{action.identifier}</Fact>
        )}
        {action.description && <Fact label={ui.actions.description}>{action.description}</Fact>}
        {action.condition && <Fact label={ui.actions.condition}>{action.condition}</Fact>}
        {action.returnStatus && <Fact label={ui.actions.returnStatus}>{action.returnStatus}</Fact>}
        {action.relevant !== undefined && (
          <Fact label={ui.actions.relevant}>
            {action.relevant ? ui.actions.yes : ui.actions.no}
          </Fact>
        )}
        {action.timestampMs !== undefined && (
          <Fact label={ui.actions.time}>{formatInZone(action.timestampMs, viewerTimeZone())}</Fact>
        )}
      </dl>
      {action.error && (
        <p class="action__error" data-testid="action-error">
          <strong>{ui.actions.error}:</strong> {action.error}
        </p>
      )}
      {action.choices && action.choices.length > 0 && (
        <Part heading={ui.actions.choices}>
          <ValueList values={action.choices} />
        </Part>
      )}
      {action.examples && action.examples.length > 0 && (
        <Part heading={ui.actions.examples}>
          <ValueList values={action.examples} />
        </Part>
      )}
      {hardCoded.kind !== 'none' && (
        <Part heading={ui.actions.hardCoded}>
          <StructuredValue value={hardCoded} />
        </Part>
      )}
      {action.parametersFromLlm.kind !== 'none' && (
        <Part heading={ui.actions.fromLlm}>
          <StructuredValue value={action.parametersFromLlm} />
        </Part>
      )}
      <Part heading={ui.actions.returnValue}>
        {returnValue.kind === 'none' ? (
          <p class="empty-note">{ui.actions.none}</p>
        ) : (
          <StructuredValue value={returnValue} testId="return-value" />
        )}
        {(returnValue.kind === 'object' || returnValue.kind === 'list') &&
          returnValue.fromString && <p class="note">{ui.actions.returnedAsString}</p>}
      </Part>
      {Object.keys(action.extra).length > 0 && (
        <Part heading={ui.actions.otherFields}>
          <KeyValueRows entries={Object.entries(action.extra)} />
        </Part>
      )}
    </article>
  );
}
