/**
 * The KMS console's screens in the route table (src/features/kms-console owns them): its routes
 * already have the table's shape (path pattern, title, service 'kms', render(params)).
 */
import { kmsHome as home, kmsRoutes as routes } from '@/features/kms-console';
import type { RouteDef } from './route-def';

export const kmsRoutes: RouteDef[] = routes;

/** Where the Services menu's "Key Management Service" leads. */
export const kmsHome = home;
