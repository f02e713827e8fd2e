import { z } from "zod";

const envSchema = z.object({
  /** Where the data file is fetched from. A build may point elsewhere with VITE_DATA_URL. */
  dataUrl: z.string().min(1),
  basePath: z.string().startsWith("/"),
});

export const env = envSchema.parse({
  dataUrl: import.meta.env.VITE_DATA_URL || `${import.meta.env.BASE_URL}data/commitments.json`,
  basePath: import.meta.env.BASE_URL,
});
