import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type NumbersAsSent, parsedNumberText } from '../../model/json/numbers-as-sent';
import type { PathSegment } from '../../model/json/path';
import { ui } from '../../strings';
import { formatValue, VALUE_TEXT_CAP } from './format-value';

/** The numbers of the payload on show that JSON.parse could not keep; DecodedView provides it. */
export const NumbersAsSentContext = createContext<NumbersAsSent | undefined>(undefined);

export function useNumbersAsSent(): NumbersAsSent | undefined {
  return useContext(NumbersAsSentContext);
}

/** Numbers in one value marked one by one; more get one line saying how many. */
const MARKED = 3;

/** Where a value sits in the payload: its JSON path, or the parsed container and key holding it. */
export type ValuePlace = string | { parent: object; key: PathSegment };

/** The source text of the number at `place`, when JSON.parse changed it. */
export function sourceAt(
  numbers: NumbersAsSent | undefined,
  place: ValuePlace | undefined,
): string | undefined {
  if (numbers === undefined || place === undefined) return undefined;
  return typeof place === 'string' ? numbers.at(place) : numbers.member(place.parent, place.key);
}

/** A note beside (or below) a number shown as sent; its title says why. */
function Mark({ text, below = false }: { text: string; below?: boolean }) {
  return (
    <span
      class={below ? 'as-sent as-sent--below' : 'as-sent'}
      title={ui.value.asSentWhy}
      data-testid="as-sent"
    >
      {text}
    </span>
  );
}

/** Says beside a number shown as sent what JSON.parse made of it. */
export function AsSentMark({ source }: { source: string }) {
  return <Mark text={ui.value.asSent(parsedNumberText(source))} />;
}

/**
 * A payload value as text (see formatValue) with the numbers JSON.parse could not keep printed
 * as sent (`12345678901234567890`, not `12345678901234567000`) and marked. `numbers` comes from
 * useNumbersAsSent, read once for a whole list of values.
 */
export function payloadValue(
  value: unknown,
  place: ValuePlace | undefined,
  numbers: NumbersAsSent | undefined,
): ComponentChildren {
  if (numbers === undefined) return formatValue(value);
  if (typeof value === 'number') {
    const source = sourceAt(numbers, place);
    if (source === undefined) return formatValue(value);
    return (
      <>
        {source} <AsSentMark source={source} />
      </>
    );
  }
  const shown: string[] = [];
  const text = formatValue(value, VALUE_TEXT_CAP, (parent, key) => {
    const source = numbers.member(parent, key);
    if (source !== undefined) shown.push(source);
    return source;
  });
  if (shown.length === 0) return text;
  return (
    <>
      {text}
      {shown.length > MARKED ? (
        <Mark text={ui.value.asSentMany(shown.length)} below />
      ) : (
        shown.map((source, index) => (
          <Mark key={index} text={ui.value.asSentWithin(source, parsedNumberText(source))} below />
        ))
      )}
    </>
  );
}

/** One payload value, read from where it sits in the payload (see payloadValue). */
export function PayloadValue({ value, at }: { value: unknown; at?: ValuePlace }) {
  return <>{payloadValue(value, at, useNumbersAsSent())}</>;
}
