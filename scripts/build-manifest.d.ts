/** Types for build-manifest.js (plain JS because webpack.config.js requires it directly). */
export const DEV_BASE_URL: string;
export const ENV_NAME: string;
export function resolvePublicUrl(env?: Record<string, string | undefined>): string;
export function substituteBaseUrl(xml: string, publicUrl: string): string;
export function buildManifest(xml: string | Buffer, env?: Record<string, string | undefined>): string;
