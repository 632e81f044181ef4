/**
 * @module sdk-version
 *
 * The package version sent in the user agent. The build replaces `__PLATFORM_SDK_VERSION__`
 * with the version being packed (1.x or 2.x); running from source reports `0.0.0-source`.
 */
declare const __PLATFORM_SDK_VERSION__: string | undefined;

export const SDK_VERSION: string =
  typeof __PLATFORM_SDK_VERSION__ === 'string' ? __PLATFORM_SDK_VERSION__ : '0.0.0-source';
