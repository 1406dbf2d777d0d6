// Dense matrices for input-output tables. Row-major Float64Array keeps a 300 x 300 table in one
// contiguous block, so the inner loops below walk memory in order and stay fast without a library.

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** Entry (i, j) lives at data[i * cols + j]. */
  readonly data: Float64Array;
}

export function createMatrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`a matrix needs non-negative integer dimensions, got ${rows} x ${cols}`);
  }
  if (data && data.length !== rows * cols) {
    throw new RangeError(`a ${rows} x ${cols} matrix needs ${rows * cols} entries, got ${data.length}`);
  }
  return { rows, cols, data: data ?? new Float64Array(rows * cols) };
}

/** Builds a matrix from nested arrays (one array per row), the shape people and JSON use. */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const m = createMatrix(rows.length, cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(`row ${i} has ${row.length} entries, expected ${cols}`);
    m.data.set(row, i * cols);
  });
  return m;
}

export function matrixToRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

export function identityMatrix(n: number): Matrix {
  const m = createMatrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function matrixEntry(m: Matrix, i: number, j: number): number {
  if (i < 0 || i >= m.rows || j < 0 || j >= m.cols) throw new RangeError(`entry (${i}, ${j}) is outside a ${m.rows} x ${m.cols} matrix`);
  return m.data[i * m.cols + j]!;
}

export function cloneMatrix(m: Matrix): Matrix {
  return createMatrix(m.rows, m.cols, new Float64Array(m.data));
}

/** a - b, entry by entry. */
export function subtractMatrices(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new RangeError(`cannot subtract a ${b.rows} x ${b.cols} matrix from a ${a.rows} x ${a.cols} matrix`);
  }
  const out = createMatrix(a.rows, a.cols);
  for (let k = 0; k < a.data.length; k++) out.data[k] = a.data[k]! - b.data[k]!;
  return out;
}

/** a * b, in i-k-j order so that both b and the result are read row by row. */
export function multiplyMatrices(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new RangeError(`cannot multiply a ${a.rows} x ${a.cols} matrix by a ${b.rows} x ${b.cols} matrix`);
  const out = createMatrix(a.rows, b.cols);
  const { data: ad } = a;
  const { data: bd } = b;
  const od = out.data;
  const n = b.cols;
  for (let i = 0; i < a.rows; i++) {
    const outRow = i * n;
    for (let k = 0; k < a.cols; k++) {
      const aik = ad[i * a.cols + k]!;
      if (aik === 0) continue;
      const bRow = k * n;
      for (let j = 0; j < n; j++) od[outRow + j]! += aik * bd[bRow + j]!;
    }
  }
  return out;
}

/** m * v for a column vector v. */
export function multiplyMatrixVector(m: Matrix, v: ArrayLike<number>): Float64Array {
  if (v.length !== m.cols) throw new RangeError(`a ${m.rows} x ${m.cols} matrix needs a vector of ${m.cols}, got ${v.length}`);
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let sum = 0;
    const row = i * m.cols;
    for (let j = 0; j < m.cols; j++) sum += m.data[row + j]! * v[j]!;
    out[i] = sum;
  }
  return out;
}

/** v * m for a row vector v: the weighted column sums that every multiplier is made of. */
export function multiplyVectorMatrix(v: ArrayLike<number>, m: Matrix): Float64Array {
  if (v.length !== m.rows) throw new RangeError(`a ${m.rows} x ${m.cols} matrix needs a vector of ${m.rows}, got ${v.length}`);
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const row = i * m.cols;
    for (let j = 0; j < m.cols; j++) out[j]! += vi * m.data[row + j]!;
  }
  return out;
}

export function columnSums(m: Matrix): Float64Array {
  return multiplyVectorMatrix(new Float64Array(m.rows).fill(1), m);
}

/** The largest absolute entry: the scale against which "small" is judged. */
export function maxAbsEntry(m: Matrix): number {
  let max = 0;
  for (let k = 0; k < m.data.length; k++) max = Math.max(max, Math.abs(m.data[k]!));
  return max;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`vectors of ${a.length} and ${b.length} entries have no dot product`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
