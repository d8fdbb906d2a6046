import { ValuationError } from '../../../chaincode/src/domain';

/** Runs `run` and returns the ValuationError it must throw with `code` (fails the test otherwise). */
export function refusedWith(code: string, run: () => unknown): ValuationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValuationError);
    expect((error as ValuationError).code).toBe(code);
    return error as ValuationError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}
