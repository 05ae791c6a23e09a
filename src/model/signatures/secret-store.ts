import type { SchemeId } from './schemes';

/**
 * Signing secrets, one per scheme, kept by the page in storage.session only (gone when the
 * browser closes, never in storage.local or sync, never sent anywhere). src/browser fills it.
 */
export interface SecretStore {
  get(scheme: SchemeId): Promise<string | undefined>;
  set(scheme: SchemeId, secret: string): Promise<void>;
  forget(scheme: SchemeId): Promise<void>;
}
