/** One thing wrong with the content: which file, where in it (a JSON path) and what. */
export interface AtlasProblem {
  file: string;
  path: string;
  message: string;
}

export class AtlasDataError extends Error {
  constructor(readonly problems: AtlasProblem[]) {
    super(
      `The atlas content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'AtlasDataError';
  }
}

export function formatProblem({ file, path, message }: AtlasProblem): string {
  return `data/${file}${path ? ` at ${path}` : ''}: ${message}`;
}

/** Turns a zod issue path into a JSON path like `regions[3].outline[2]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
