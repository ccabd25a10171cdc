export { fetchTenantUsers, searchTenantUsers, toTenantUser, userQueries, type TenantUser } from './users';
