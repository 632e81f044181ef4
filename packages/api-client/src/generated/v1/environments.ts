// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.

/** Names accepted by the `environment` option. */
export type Environment = 'prod' | 'sandbox' | 'local';

/**
 * Base URL and token URL per environment, from the model:
 * - `prod`: https://api.example.gov — Production: live data of real partners. Use production credentials.
 * - `sandbox`: https://api-sandbox.example.gov — Hosted sandbox with synthetic data and its own credentials, for development and tests.
 * - `local`: http://127.0.0.1:4010 — The sandbox server running on your own machine (`platform-sandbox --port 4010`).
 */
export const ENVIRONMENTS = [
  {
    name: 'prod',
    baseUrl: 'https://api.example.gov',
    tokenUrl: 'https://api.example.gov/oauth/token',
  },
  {
    name: 'sandbox',
    baseUrl: 'https://api-sandbox.example.gov',
    tokenUrl: 'https://api-sandbox.example.gov/oauth/token',
  },
  {
    name: 'local',
    baseUrl: 'http://127.0.0.1:4010',
    tokenUrl: 'http://127.0.0.1:4010/oauth/token',
  },
] as const satisfies readonly { name: Environment; baseUrl: string; tokenUrl: string }[];
