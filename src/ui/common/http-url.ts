/**
 * The UI turns a URL into a link only when it is http(s) without `user:password@`: the same rule
 * the decoders and bins use, so a URL the model marks unsafe is never a link on the page.
 */
export { hasUrlCredentials, isSafeHttpUrl as isHttpUrl } from '../../model/vendors/read';
