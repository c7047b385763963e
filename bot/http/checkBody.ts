import type { z } from 'zod';

/** The body as `schema` reads it, or a plain-words list of what is wrong with it (for a 400). */
export function checkBody<T>(schema: z.ZodType<T>, body: unknown): { value: T } | { problems: string } {
  const result = schema.safeParse(body);
  if (result.success) return { value: result.data };
  return {
    problems: result.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; '),
  };
}
