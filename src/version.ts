import packageJson from '../package.json' with { type: 'json' };

/** The service version, from package.json: reported in every response and in the OpenAPI document. */
export const SERVICE_VERSION: string = packageJson.version;
