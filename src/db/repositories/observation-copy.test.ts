import { describe, expect, it } from 'vitest';
import { CopyBatchBuilder, type ObservationRecord } from './observation-copy';

const row = (rowNumber: number, source = 'ASPR'): ObservationRecord => ({
  rowNumber,
  branch: '29.1',
  region: 'KZ',
  period: '2023-01',
  firstMonth: 24276,
  lastMonth: 24276,
  priceBasis: 'current_prices',
  releaseDate: '2023-03-01',
  value: '12.5',
  status: 'final',
  source,
});

const text = (batch: { chunks: Buffer[] } | undefined) => Buffer.concat(batch?.chunks ?? []).toString('utf8');

describe('CopyBatchBuilder', () => {
  it("writes rows in COPY's text format, escaping the source", () => {
    const builder = CopyBatchBuilder.forObservations(7, 100);
    builder.add(row(2, 'a\tb\\c\r\nd, "e"'), 3);
    builder.add(row(3), 3);
    const batch = builder.takeAll();
    expect(batch?.sql).toMatch(/^copy observations \(series_id, .*, import_id\) from stdin$/);
    expect(text(batch)).toBe(
      '3\t29.1\tKZ\t2023-01\t24276\t24276\tcurrent_prices\t2023-03-01\t12.5\tfinal\ta\\tb\\\\c\\r\\nd, "e"\t7\n' +
        '3\t29.1\tKZ\t2023-01\t24276\t24276\tcurrent_prices\t2023-03-01\t12.5\tfinal\tASPR\t7\n',
    );
    expect(builder.takeAll()).toBeUndefined();
  });

  it('starts staged lines with the row number', () => {
    const builder = CopyBatchBuilder.forStaging(100);
    builder.add(row(41), 3);
    expect(text(builder.takeAll())).toBe('41\t3\t29.1\tKZ\t2023-01\t24276\t24276\tcurrent_prices\t2023-03-01\t12.5\tfinal\tASPR\n');
  });

  it('cuts batches of exactly the batch size, across seals', () => {
    const builder = CopyBatchBuilder.forObservations(1, 3);
    for (let i = 0; i < 4; i++) builder.add(row(i + 2), 1);
    builder.seal();
    for (let i = 4; i < 8; i++) builder.add(row(i + 2), 1);
    const sizes: number[] = [];
    for (let batch = builder.takeReady(); batch; batch = builder.takeReady()) sizes.push(batch.rows);
    expect(sizes).toEqual([3, 3]);
    expect(builder.takeAll()?.rows).toBe(2);
    builder.add(row(20), 1);
    builder.clear();
    expect(builder.takeAll()).toBeUndefined();
  });
});
