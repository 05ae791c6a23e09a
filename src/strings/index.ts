/**
 * Every user-visible string lives under src/strings/, one file per area, so a second language is
 * a folder of files, not a hunt. Components and decoders import from here; they hold no prose.
 */
export { bins } from './bins';
export { capture } from './capture';
export { card } from './card';
export { glossary } from './glossary';
export { list } from './list';
export { outcome } from './outcome';
export { pages } from './pages';
export { problems } from './problems';
export { ui } from './ui';
export { verify } from './verify';
