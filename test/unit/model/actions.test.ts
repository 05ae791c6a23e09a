import { describe, expect, it } from 'vitest';
import { actionTypeInfo, type CallAction, decodeJson } from '../../../src/model';
import { callOf, fixtureJson, seedWith, warningsAt } from './helpers';

function actionsOf(executedActions: unknown): CallAction[] {
  return callOf(
    seedWith((p) => {
      p.executed_actions = executedActions;
    }),
  ).actions;
}

function onlyAction(action: Record<string, unknown>, key = 'extract_info_1'): CallAction {
  const [first] = actionsOf({ [key]: action });
  expect(first).toBeDefined();
  return first as CallAction;
}

describe('executed actions', () => {
  it.each([
    ['extract_info_action_type', 'Extract info'],
    ['transfer_call_action_type', 'Transfer call'],
    ['send_sms_action_type', 'Send SMS'],
    ['calcom_booking_action_type', 'Cal.com booking'],
    ['custom_function_action_type', 'Custom function'],
  ])('labels %s as "%s"', (raw, label) => {
    expect(actionTypeInfo(raw)).toEqual({ raw, label, known: true });
  });

  it('keeps an unknown action type as sent', () => {
    expect(onlyAction({ action_type: 'zapier_webhook_action_type' }).type).toEqual({
      raw: 'zapier_webhook_action_type',
      label: 'zapier_webhook_action_type',
      known: false,
    });
  });

  it('lists the actions in payload order', () => {
    const keys = callOf(fixtureJson('synthflow/failed-transfer.json')).actions.map((a) => a.key);
    expect(keys).toEqual([
      'info_extractor_flat size',
      'transfer_call_1749714120',
      'calcom_booking_1',
    ]);
  });

  it('reads the seed action: identifier, condition, examples and the extracted value', () => {
    const [action] = callOf(seedWith(() => {})).actions;
    expect(action).toMatchObject({
      key: 'extract_info_1',
      name: 'extract_info_1',
      identifier: 'purchase',
      condition: 'if user wants to purchase an item',
      examples: ['car', 'house'],
      returnValue: { kind: 'object', value: { purchase: 'car' }, fromString: false },
      failed: false,
    });
    expect(action?.error).toBeUndefined();
    expect(action?.description).toBeUndefined();
  });

  it('parses parameters and return values sent as JSON strings holding objects', () => {
    const action = onlyAction({
      parameters_hard_coded: '{"identifier": "budget", "examples": ["350k"]}',
      parameters_from_llm: '{}',
      return_value: '{"budget": "350k"}',
    });
    expect(action.parametersHardCoded).toEqual({
      kind: 'object',
      value: { identifier: 'budget', examples: ['350k'] },
      fromString: true,
    });
    expect(action.parametersFromLlm).toEqual({ kind: 'object', value: {}, fromString: true });
    expect(action.returnValue).toEqual({
      kind: 'object',
      value: { budget: '350k' },
      fromString: true,
    });
    expect(action.examples).toEqual(['350k']);
  });

  it('parses a return value sent as a JSON string holding a list', () => {
    expect(onlyAction({ return_value: '[{"id": 1}, {"id": 2}]' }).returnValue).toEqual({
      kind: 'list',
      value: [{ id: 1 }, { id: 2 }],
      fromString: true,
    });
  });

  it('shows a return value that is not JSON as raw text', () => {
    expect(onlyAction({ return_value: 'opted out' }).returnValue).toEqual({
      kind: 'text',
      text: 'opted out',
    });
    expect(onlyAction({ return_value: '{broken' }).returnValue).toEqual({
      kind: 'text',
      text: '{broken',
    });
    expect(onlyAction({ return_value: '"quoted"' }).returnValue).toEqual({
      kind: 'text',
      text: '"quoted"',
    });
  });

  it('shows numbers and booleans as text, and null, absent or "" as nothing', () => {
    expect(onlyAction({ return_value: 42 }).returnValue).toEqual({ kind: 'text', text: '42' });
    expect(onlyAction({ return_value: false }).returnValue).toEqual({
      kind: 'text',
      text: 'false',
    });
    expect(onlyAction({ return_value: null }).returnValue).toEqual({ kind: 'none' });
    expect(onlyAction({ return_value: '' }).returnValue).toEqual({ kind: 'none' });
    expect(onlyAction({}).returnValue).toEqual({ kind: 'none' });
  });

  it('keeps nested objects in return values as they are', () => {
    const value = { booking: { id: 7, attendees: [{ name: 'Ana' }] } };
    expect(onlyAction({ return_value: value }).returnValue).toEqual({
      kind: 'object',
      value,
      fromString: false,
    });
  });

  it('reads an identifier with spaces from inside the parameters, not from the key', () => {
    const action = onlyAction(
      { parameters_hard_coded: '{"identifier": "flat size"}', return_value: '{"flat size": "84"}' },
      'info_extractor_flat size',
    );
    expect(action.identifier).toBe('flat size');
    expect(action.key).toBe('info_extractor_flat size');
  });

  it('falls back to the single key of the return value for the identifier', () => {
    expect(
      onlyAction({ return_value: { 'preferred day': 'Thursday' } }, 'extract_info_xyz').identifier,
    ).toBe('preferred day');
  });

  it('has no identifier when neither place names one, whatever the key says', () => {
    expect(
      onlyAction({ return_value: { a: 1, b: 2 } }, 'extract_info_budget').identifier,
    ).toBeUndefined();
  });

  it('treats a null or empty error_message as no error', () => {
    expect(onlyAction({ error_message: null }).error).toBeUndefined();
    expect(onlyAction({ error_message: '' }).failed).toBe(false);
  });

  it('marks an action with an error_message as failed and shows the error', () => {
    const action = onlyAction({ error_message: 'SMS provider rejected the number' });
    expect(action).toMatchObject({ failed: true, error: 'SMS provider rejected the number' });
  });

  it('marks a transfer as failed from return_value.status even when error_message is null', () => {
    const action = callOf(fixtureJson('synthflow/failed-transfer.json')).actions[1];
    expect(action).toMatchObject({
      type: { label: 'Transfer call' },
      returnStatus: 'transfer-failed-timeout',
      failed: true,
    });
    expect(action?.error).toBeUndefined();
  });

  it.each(['failed', 'ERROR', 'timeout', 'call-transfer-error'])(
    'treats a return status of "%s" as failed',
    (status) => {
      expect(onlyAction({ return_value_status: status }).failed).toBe(true);
    },
  );

  it('does not let a success return_value_status hide a failed return_value.status', () => {
    const action = onlyAction({
      return_value_status: 'success',
      return_value: { status: 'transfer-failed-busy' },
    });
    expect(action).toMatchObject({ returnStatus: 'transfer-failed-busy', failed: true });
  });

  it('treats a successful return status as success', () => {
    expect(onlyAction({ return_value_status: 'success' })).toMatchObject({
      returnStatus: 'success',
      failed: false,
    });
  });

  it('reads is_relevant_action as a boolean or a string boolean', () => {
    expect(onlyAction({ is_relevant_action: true }).relevant).toBe(true);
    expect(onlyAction({ is_relevant_action: 'false' }).relevant).toBe(false);
  });

  it('reads the timestamp in epoch milliseconds or seconds, or from timestamp_datetime', () => {
    expect(onlyAction({ timestamp: 1749714120000 }).timestampMs).toBe(1749714120000);
    expect(onlyAction({ timestamp: 1749714120 }).timestampMs).toBe(1749714120000);
    expect(onlyAction({ timestamp_datetime: '2025-06-12T07:42:00Z' }).timestampMs).toBe(
      1749714120000,
    );
  });

  it('keeps fields it does not place, and wrongly typed ones, in the action as sent', () => {
    const action = onlyAction({ retry_count: 0, name: 42, timestamp: 'yesterday' });
    expect(action.extra).toEqual({ retry_count: 0, name: 42, timestamp: 'yesterday' });
    expect(action.name).toBe('extract_info_1');
  });

  it('uses the name of the action and falls back to its key', () => {
    expect(onlyAction({ name: 'Flat size' }).name).toBe('Flat size');
    expect(onlyAction({}, 'send_sms_1').name).toBe('send_sms_1');
  });

  it('warns about an action that is not an object and keeps it under other fields', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.executed_actions = { extract_info_2: 'not an action' };
      }),
    );
    expect(result.call?.actions).toEqual([]);
    expect(warningsAt(result, 'executed_actions.extract_info_2')).toHaveLength(1);
    expect(result.call?.otherFields).toContainEqual({
      path: 'executed_actions.extract_info_2',
      value: 'not an action',
    });
  });

  it('quotes action keys with spaces in problem paths', () => {
    const result = decodeJson(
      seedWith((p) => {
        p.executed_actions = { 'info_extractor_my id': { name: 5 } };
      }),
    );
    expect(result.problems[0]?.path).toBe('executed_actions["info_extractor_my id"].name');
  });
});
