/** KMS's list pagination, written once in core (core/paginate.ts). */
export { paginate } from '@/core/paginate';
