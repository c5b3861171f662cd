import { data } from 'react-router';

/** A 404 for the error boundary; the loader stops here. */
export function notFound(): never {
  throw data(null, { status: 404 });
}
