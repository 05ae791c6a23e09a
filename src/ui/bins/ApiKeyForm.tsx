import { useId, useState } from 'preact/hooks';
import { bins } from '../../strings';

interface Props {
  onSave: (key: string) => void;
}

/** A masked field for a private bin's API key. The key leaves it on Save and is not shown again. */
export function ApiKeyForm({ onSave }: Props) {
  const [key, setKey] = useState('');
  const id = useId();
  const noteId = useId();
  return (
    <form
      class="bin-api-key"
      onSubmit={(event) => {
        event.preventDefault();
        const entered = key.trim();
        if (entered === '') return;
        setKey('');
        onSave(entered);
      }}
    >
      <label for={id}>{bins.apiKey.label}</label>
      <input
        id={id}
        type="password"
        class="bin-api-key__input"
        value={key}
        onInput={(event) => setKey(event.currentTarget.value)}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={noteId}
        data-testid="bin-api-key"
      />
      <button type="submit" class="button button--primary" disabled={key.trim() === ''}>
        {bins.apiKey.save}
      </button>
      <p id={noteId} class="note">
        {bins.apiKey.note}
      </p>
    </form>
  );
}
