import fc from 'fast-check';
import { solveBracketed } from '../../../chaincode/src/domain';
import { refusedWith } from './refused-with';

describe('Brent\'s bracketed solver', () => {
  it('finds √2 as the root of x² − 2 on [0, 2] to 1e-12', () => {
    expect(solveBracketed((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('finds the root of a function flat near it (x − 1)³ without NaN', () => {
    expect(solveBracketed((x) => (x - 1) ** 3, -3, 5, { tolerance: 1e-14 })).toBeCloseTo(1, 4);
  });

  it('refuses an interval that does not bracket a root with ST2-NO-SOLUTION', () => {
    refusedWith('ST2-NO-SOLUTION', () => solveBracketed((x) => x * x + 1, -1, 1));
  });

  it('refuses a function that is not finite at an end with ST2-NO-SOLUTION, never returning NaN', () => {
    refusedWith('ST2-NO-SOLUTION', () => solveBracketed(() => Number.NaN, 0, 1));
    refusedWith('ST2-NO-SOLUTION', () => solveBracketed((x) => (x < 0.5 ? -1 : Number.POSITIVE_INFINITY), 0, 1));
  });

  it('finds the root of any increasing line it brackets (property)', () => {
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (root, slope) => {
      expect(solveBracketed((x) => slope * (x - root), -200, 200)).toBeCloseTo(root, 9);
    }));
  });
});
