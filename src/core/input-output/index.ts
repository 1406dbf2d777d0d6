// The input-output engine's public surface, for the io readers, the CLI, the API and the benchmark.
export * from './matrix';
export * from './lu';
export * from './errors';
export * from './io-table';
export * from './leontief';
export * from './io-model';
export * from './multipliers';
export * from './impact';
export * from './product-group';
export * from './impact-request';
export * from './claim-check';
export * from './synthetic-table';
