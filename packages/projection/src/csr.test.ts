import { describe, expect, it } from 'vitest';
import { buildCsr, invertCsr } from './csr.ts';

describe('CSR adjacency', () => {
  it('groups edges by source, sorts them by target and keeps the last value of a repeated pair', () => {
    const csr = buildCsr(
      3,
      Int32Array.from([2, 0, 0, 2, 0]),
      Int32Array.from([1, 2, 0, 0, 2]),
      Float64Array.from([0.5, 0.1, 0.2, 0.3, 0.9]),
    );
    expect(Array.from(csr.offsets)).toEqual([0, 2, 2, 4]);
    expect(Array.from(csr.targets)).toEqual([0, 2, 0, 1]);
    expect(Array.from(csr.values)).toEqual([0.2, 0.9, 0.3, 0.5]);
  });

  it('inverts to the same relation seen from the targets', () => {
    const csr = buildCsr(2, Int32Array.from([0, 1, 1]), Int32Array.from([1, 0, 1]), null);
    const inverse = invertCsr(csr, 2);
    expect(Array.from(inverse.offsets)).toEqual([0, 1, 3]);
    expect(Array.from(inverse.targets)).toEqual([1, 0, 1]);
  });
});
