/** One thing wrong (error) or worth a look (warning) in a kaart file, with where it is. */
export interface KaartProblem {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** Path to the field, e.g. ["aanbieders", 2, "dekking", 0, "doelgroepen", 1]. */
  path: (string | number)[];
}

/** Formats a problem as editors and compilers do: `file:line:column: message`. */
export function formatProblem(file: string, problem: KaartProblem): string {
  const prefix = problem.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${file}:${problem.line}:${problem.column}: ${prefix}${problem.message}`;
}
