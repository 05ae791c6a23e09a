import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../../../../../src/model/record';
import { explainCode } from '../../../../../src/strings/glossary/index';
import { callOf, decoded, fixture, fixtureWith, warningsAt } from './helpers';

function toolCallsOf(executedActions: unknown): ToolCall[] {
  return callOf(
    fixtureWith((p) => {
      p.executed_actions = executedActions;
    }),
  ).toolCalls;
}

function onlyToolCall(action: Record<string, unknown>, key = 'extract_info_1'): ToolCall {
  const [first] = toolCallsOf({ [key]: action });
  expect(first).toBeDefined();
  return first as ToolCall;
}

function detail(call: ToolCall | undefined, key: string): unknown {
  return call?.details.find((d) => d.key === key)?.value;
}

describe('Synthflow executed actions as tool calls', () => {
  it.each([
    ['extract_info_action_type', 'Extract info'],
    ['transfer_call_action_type', 'Transfer call'],
    ['send_sms_action_type', 'Send SMS'],
    ['calcom_booking_action_type', 'Cal.com booking'],
    ['custom_function_action_type', 'Custom function'],
  ])('names the kind %s "%s"', (raw, label) => {
    expect(onlyToolCall({ action_type: raw }).kind).toBe(raw);
    expect(explainCode('synthflow', 'toolKind', raw)).toMatchObject({ known: true, label });
  });

  it('keeps an unknown action type as sent', () => {
    expect(onlyToolCall({ action_type: 'zapier_webhook_action_type' }).kind).toBe(
      'zapier_webhook_action_type',
    );
    expect(explainCode('synthflow', 'toolKind', 'zapier_webhook_action_type').known).toBe(false);
  });

  it('lists the actions in payload order, each under its key', () => {
    const calls = callOf(fixture('failed-transfer.json')).toolCalls;
    expect(calls.map((c) => [c.id, c.path])).toEqual([
      ['info_extractor_flat size', 'executed_actions["info_extractor_flat size"]'],
      ['transfer_call_1749714120', 'executed_actions.transfer_call_1749714120'],
      ['calcom_booking_1', 'executed_actions.calcom_booking_1'],
    ]);
  });

  it('reads the seed action: configuration, identifier, condition, examples and the result', () => {
    const [call] = callOf(fixture('seed-example.json')).toolCalls;
    expect(call).toMatchObject({
      name: 'extract_info_1',
      kind: 'extract_info_action_type',
      config: { kind: 'object', fromString: false },
      arguments: { kind: 'none' },
      result: { kind: 'object', value: { purchase: 'car' }, fromString: false },
      status: 'succeeded',
    });
    expect(detail(call, 'identifier')).toBe('purchase');
    expect(detail(call, 'condition')).toBe('if user wants to purchase an item');
    expect(detail(call, 'examples')).toEqual(['car', 'house']);
    expect(detail(call, 'choices')).toBeUndefined();
    expect(call?.error).toBeUndefined();
  });

  it('parses configuration, LLM arguments and results sent as JSON strings', () => {
    const call = onlyToolCall({
      parameters_hard_coded: '{"identifier": "budget", "examples": ["350k"]}',
      parameters_from_llm: '{"amount": 350000}',
      return_value: '{"budget": "350k"}',
    });
    expect(call.config).toEqual({
      kind: 'object',
      value: { identifier: 'budget', examples: ['350k'] },
      fromString: true,
    });
    expect(call.arguments).toEqual({ kind: 'object', value: { amount: 350000 }, fromString: true });
    expect(call.result).toEqual({ kind: 'object', value: { budget: '350k' }, fromString: true });
  });

  it('reads the identifier from inside the action, not from a key with spaces', () => {
    const call = callOf(fixture('failed-transfer.json')).toolCalls[0];
    expect(detail(call, 'identifier')).toBe('flat size');
    const fromResult = onlyToolCall(
      { return_value: '{"nombre y apellido": "Enrique Ruiz"}' },
      'info_extractor_nombre y apellido',
    );
    expect(detail(fromResult, 'identifier')).toBe('nombre y apellido');
  });

  it('reads a transfer that timed out as failed, though error_message is null', () => {
    const transfer = callOf(fixture('failed-transfer.json')).toolCalls[1];
    expect(transfer).toMatchObject({
      status: 'failed',
      statusCode: 'transfer-failed-timeout',
      config: { kind: 'object', value: { phone_number: '+4934112345678', timeout: 30 } },
    });
    expect(transfer?.error).toBeUndefined();
  });

  it('reads a non-empty error_message as a failure with that error', () => {
    const call = onlyToolCall({ error_message: 'Cal.com returned 500', return_value: null });
    expect(call).toMatchObject({ status: 'failed', error: 'Cal.com returned 500' });
  });

  it('prefers a failing status inside the return value over a "success" beside it', () => {
    const call = onlyToolCall({
      return_value_status: 'success',
      return_value: { status: 'transfer-failed-busy' },
    });
    expect(call).toMatchObject({ status: 'failed', statusCode: 'transfer-failed-busy' });
  });

  it('does not claim success or failure for an action that says nothing', () => {
    expect(onlyToolCall({ name: 'Quiet', error_message: '' }).status).toBe('unknown');
  });

  it('reads the time from an epoch in seconds or ms, or from timestamp_datetime', () => {
    const calls = callOf(fixture('failed-transfer.json')).toolCalls;
    expect(calls.map((c) => c.atMs)).toEqual([1749714095000, 1749714120000, 1749714170000]);
    expect(onlyToolCall({ timestamp_datetime: '2025-06-12T07:41:35Z' }).atMs).toBe(
      Date.UTC(2025, 5, 12, 7, 41, 35),
    );
  });

  it('keeps is_relevant_action sent as text as a true/false detail', () => {
    expect(detail(callOf(fixture('failed-transfer.json')).toolCalls[0], 'is_relevant_action')).toBe(
      true,
    );
  });

  it('keeps unknown fields of an action under Other fields by path', () => {
    expect(callOf(fixture('failed-transfer.json')).otherFields).toContainEqual({
      path: 'executed_actions.calcom_booking_1.retry_count',
      value: 0,
    });
  });

  it('warns about an action that is not an object and keeps it as sent', () => {
    const result = decoded(fixture('voicemail-quirks.json'));
    expect(result.call?.toolCalls).toEqual([]);
    expect(warningsAt(result, 'executed_actions.extract_info_2')).toHaveLength(1);
    expect(result.call?.otherFields).toContainEqual({
      path: 'executed_actions.extract_info_2',
      value: 'not an action',
    });
  });
});
