/** An entity a reader asked the projection for does not exist in the version it reads. */
export class ProjectedEntityNotFoundError extends Error {
  readonly label: string;
  readonly key: string;

  constructor(label: string, key: string) {
    super(`${label} ${key} not found`);
    this.name = 'ProjectedEntityNotFoundError';
    this.label = label;
    this.key = key;
  }
}

/** The projection is still being built: the fields that read it cannot answer yet. */
export class ProjectionNotReadyError extends Error {
  constructor(message = 'The graph projection is still being built; try again in a few seconds') {
    super(message);
    this.name = 'ProjectionNotReadyError';
  }
}
