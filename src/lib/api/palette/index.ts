/** Wire types of the Palette API, generated from the OpenAPI subset by `npm run gen:api`. */
import type { components } from './schema';

export type Schemas = components['schemas'];
export type V1ApiKey = Schemas['v1ApiKey'];
export type V1ApiKeys = Schemas['v1ApiKeys'];
export type V1ApiKeyEntity = Schemas['v1ApiKeyEntity'];
export type V1ApiKeyUpdate = Schemas['v1ApiKeyUpdate'];
export type V1ApiKeyCreateResponse = Schemas['v1ApiKeyCreateResponse'];
export type V1ApiKeyActiveState = Schemas['v1ApiKeyActiveState'];
export type V1Error = Schemas['v1Error'];
export type V1UserInfo = Schemas['v1UserInfo'];
export type V1User = Schemas['v1User'];
export type V1Users = Schemas['v1Users'];
export type V1UserRolesEntity = Schemas['v1UserRolesEntity'];
export type V1UsersSummarySpec = Schemas['v1UsersSummarySpec'];
export type V1UsersSummaryList = Schemas['v1UsersSummaryList'];
export type V1UserSummary = Schemas['v1UserSummary'];
export type V1UsersMetadata = Schemas['v1UsersMetadata'];
export type V1TenantResourceLimits = Schemas['v1TenantResourceLimits'];
export type V1AuthLogin = Schemas['v1AuthLogin'];
export type V1UserToken = Schemas['v1UserToken'];

/** Palette writes an unset timestamp as the Go zero time. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';
