export { type LookerError, type LookerValidationError, looker, lookerErrors } from './looker';
export { type TrutoError, truto } from './truto';
export type { ErrorResponse, Location, VendorErrors, Violation } from './vendor';
export { locationOf, tokenOf } from './vendor';
export { type VersoriError, versori } from './versori';
