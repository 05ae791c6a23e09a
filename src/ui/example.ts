// The vendor's own example, byte for byte (its odd spacing included), so "Try an example" shows
// exactly what the docs show.
import exampleText from './example-payload.json?raw';

export { exampleText };
