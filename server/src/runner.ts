// Every LSP handler runs through here: a cancelled request gets its default answer, a malformed parameter
// an InvalidParams error with a readable message, and any other thrown error is logged with the handler's
// label and answered without taking the server down.
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Thrown by a handler when the client sent parameters it cannot use; the message goes back to the client. */
export class BadParams extends Error {}

export interface RunnerLog {
  error(message: string): void;
}

export interface RunOptions<T> {
  /** Answer on cancellation, and on an unexpected error unless `errorAsResponse`. */
  defaultValue: T;
  /** Custom requests answer an unexpected error as an error response; standard ones with the default. */
  errorAsResponse?: boolean;
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

/** When the last request arrived (performance.now()): background work gives requests the way (server.ts inBackground). */
export const requestClock = { lastArrival: -Infinity };

/**
 * Runs `fn` on the next turn of the event loop (so a cancellation sent right after the request is seen),
 * and never rejects.
 */
export function runSafe<T>(
  log: RunnerLog,
  label: string,
  token: CancellationToken | undefined,
  options: RunOptions<T>,
  fn: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  requestClock.lastArrival = performance.now();
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token?.isCancellationRequested) {
        resolve(options.defaultValue);
        return;
      }
      const fail = (e: unknown): void => {
        if (e instanceof BadParams) {
          resolve(new ResponseError(ErrorCodes.InvalidParams, `${label}: ${e.message}`));
          return;
        }
        log.error(`${label} failed: ${describe(e)}`);
        resolve(
          options.errorAsResponse
            ? new ResponseError(ErrorCodes.InternalError, `${label} failed: ${e instanceof Error ? e.message : String(e)}`)
            : options.defaultValue,
        );
      };
      try {
        const result = fn();
        if (result instanceof Promise) {
          result.then((value) => resolve(token?.isCancellationRequested ? options.defaultValue : value), fail);
        } else {
          resolve(token?.isCancellationRequested ? options.defaultValue : result);
        }
      } catch (e) {
        fail(e);
      }
    });
  });
}

/** Runs a notification handler: errors are logged with the label, nothing is answered. */
export function runSafeNotification(log: RunnerLog, label: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    log.error(`${label} failed: ${describe(e)}`);
  }
}
