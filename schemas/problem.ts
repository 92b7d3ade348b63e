import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string().describe('URI reference naming the kind of problem.'),
    title: z.string().describe('Short summary of the kind of problem.'),
    status: z.number().int().describe('HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, and what to change.'),
    instance: z.string().optional().describe('The request path.'),
    requestId: z.string().optional().describe('Request id, also sent as the `x-request-id` header; quote it when reporting a problem.'),
    errors: z
      .array(z.object({ path: z.string().describe('JSON pointer to the offending field ("/text").'), message: z.string() }))
      .optional()
      .describe('Each validation failure, for 400 responses to invalid bodies.'),
  })
  .describe('An RFC 9457 problem details object, sent as `application/problem+json`.')
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

/** The 429 every extraction route may answer. */
export const RATE_LIMITED =
  'Only when rate limiting is on (RATE_LIMIT_MAX > 0; off by default): this client has used its documents for the window; retry after `Retry-After` seconds.';

/** Documents error statuses of a route: each a problem+json body with its own description. */
export function problemResponses<const S extends number>(descriptions: Record<S, string>) {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([status, description]) => [
      status,
      { description, content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }>;
}
