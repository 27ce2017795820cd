/** The IAM console's screens, for the app's route table. */
export { IamDashboard } from './dashboard';
export { UsersPage } from './users-page';
export { CreateUserPage } from './create-user-page';
export { UserDetailPage } from './user-detail-page';
export { GroupsPage } from './groups-page';
export { CreateGroupPage } from './create-group-page';
export { GroupDetailPage } from './group-detail-page';
export { RolesPage } from './roles-page';
export { CreateRolePage } from './create-role-page';
export { RoleDetailPage } from './role-detail-page';
export { PoliciesPage } from './policies-page';
export { PolicyDetailPage } from './policy-detail-page';
