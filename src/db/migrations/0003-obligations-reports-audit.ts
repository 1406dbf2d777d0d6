// Filled in by the issue that introduces these tables; empty until then.
export const sql = /* sql */ ``;
