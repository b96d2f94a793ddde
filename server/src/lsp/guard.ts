import { ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** Where handler failures are reported. */
export type Log = (message: string) => void;

/**
 * Wraps a request handler so that an exception is logged and answered with `fallback` instead of
 * reaching the client as an internal error. Response errors (cancellation) pass through.
 */
export function guard<P, R>(log: Log, name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`reportlint: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

/** The same for notifications: a failure is logged and the server goes on. */
export function guardNotification<P>(log: Log, name: string, handler: (params: P) => void | Promise<void>) {
  return async (params: P): Promise<void> => {
    try {
      await handler(params);
    } catch (e) {
      log(`reportlint: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  };
}
