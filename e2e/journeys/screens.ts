/** The top-level screen of every part of the console (src/app/routes.tsx, services-menu.tsx). */
export const TOP_LEVEL = [
  '#/',
  '#/iam',
  '#/kms/keys/customer',
  '#/acm',
  '#/cloudtrail',
  '#/cloudshell',
  '#/envelope/files',
  '#/envelope/visualizer',
  '#/learn',
  '#/labs',
  '#/drills',
  '#/settings/data',
  '#/about/simplified',
];
