export {
  fetchTenantUser,
  fetchTenantUsers,
  searchTenantUsers,
  toTenantUser,
  userQueries,
  type TenantUser,
  type TenantUserDetails,
} from './users';
