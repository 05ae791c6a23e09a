import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { decodeCallText } from '../../../../src/model/decode-call';
import { groupCalls } from '../../../../src/model/group-calls';
import type { Observation } from '../../../../src/model/observation';
import { CallListPane } from '../../../../src/ui/list';
import { readFixture } from '../../model/vendors/golden';

afterEach(cleanup);

function observe(folder: string, name: string, id: string): Observation {
  const rawBody = readFixture(folder, name);
  return { id, source: 'paste', rawBody, result: decodeCallText(rawBody) };
}

it('says in the row what went wrong on the call, not only on its card', () => {
  const groups = groupCalls([
    observe('vapi', 'end-of-call-report-transfer-failed.json', 'a'),
    observe('retell', 'call-analyzed-tool-failed.json', 'b'),
    observe('retell', 'call-analyzed-user-hangup.json', 'c'),
  ]);
  render(
    <CallListPane
      groups={groups}
      selectedKey={undefined}
      onSelect={() => {}}
      label="Calls"
      testId="bin"
      timeText={String}
    />,
  );
  const failures = screen.getAllByTestId('bin-row-failures').map((el) => el.textContent);
  expect(failures).toContain('Transfer failed: call.in-progress.error-transfer-failed');
  expect(failures).toContain('1 tool call failed');
  expect(failures).toHaveLength(2);
});
