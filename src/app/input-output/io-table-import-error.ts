// Problems of an upload besides the file's own (IoTableValidationError): the code is taken, or the
// form's metadata do not fit the table (e.g. a machine-building code the table does not have).
export class IoTableCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`a table with the code "${code}" already exists: choose another code, or delete that table first`);
    this.name = 'IoTableCodeTakenError';
  }
}

export class IoTableMetadataError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'IoTableMetadataError';
  }
}
