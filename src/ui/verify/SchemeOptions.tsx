import type { HmacAlgorithm, HmacOptions } from '../../model/signatures';
import { verify } from '../../strings';

const ALGORITHMS: HmacAlgorithm[] = ['sha256', 'sha512', 'sha1'];

/** The configurable parts of Vapi's HMAC plan and of a generic body HMAC. */
export function SchemeOptions({
  value,
  onChange,
}: {
  value: HmacOptions;
  onChange: (next: HmacOptions) => void;
}) {
  const text = (key: 'header' | 'timestampHeader' | 'prefix', label: string) => (
    <label class="verify__field">
      <span>{label}</span>
      <input
        type="text"
        value={value[key] ?? ''}
        spellcheck={false}
        data-testid={`signature-option-${key}`}
        onInput={(event) => {
          const entered = event.currentTarget.value.trim();
          const next = { ...value, [key]: entered };
          if (entered === '' && key !== 'header') delete next[key];
          onChange(next);
        }}
      />
    </label>
  );
  return (
    <fieldset class="verify__options">
      <label class="verify__field">
        <span>{verify.options.algorithm}</span>
        <select
          value={value.algorithm}
          onChange={(event) =>
            onChange({ ...value, algorithm: event.currentTarget.value as HmacAlgorithm })
          }
        >
          {ALGORITHMS.map((algorithm) => (
            <option key={algorithm} value={algorithm}>
              {algorithm}
            </option>
          ))}
        </select>
      </label>
      <label class="verify__field">
        <span>{verify.options.encoding}</span>
        <select
          value={value.encoding}
          onChange={(event) =>
            onChange({
              ...value,
              encoding: event.currentTarget.value === 'base64' ? 'base64' : 'hex',
            })
          }
        >
          <option value="hex">hex</option>
          <option value="base64">base64</option>
        </select>
      </label>
      {text('header', verify.options.header)}
      {text('timestampHeader', verify.options.timestampHeader)}
      {text('prefix', verify.options.prefix)}
    </fieldset>
  );
}
