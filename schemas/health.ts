import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'starting']).describe('`ok` when the check passes; `starting` while the pipeline is still loading.'),
    uptimeSeconds: z.number().min(0).describe('Seconds since the process started.'),
  })
  .describe('Health of this instance.')
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;
