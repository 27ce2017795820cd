/** A row of the route table (routes.tsx): a hash path pattern and the screen it shows. */
import type { ReactNode } from 'react';

export type Params = Record<string, string>;

export interface RouteDef {
  /** '/iam/users/:name'; segments starting with ':' are parameters (URI-decoded). */
  path: string;
  title: string | ((params: Params) => string);
  /** Which service's screen it is (the Services menu marks it; 'iam' shows Region "Global"). */
  service?: 'iam' | 'kms' | 'acm' | 'cloudtrail' | 'cloudshell';
  render(params: Params): ReactNode;
  /** What the title needs loaded first (a lazy module); the app shows the title again once it is. */
  needs?: () => Promise<unknown>;
}
