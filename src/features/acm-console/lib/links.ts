/** Hash URLs of the Certificate Manager console: `#/acm/certificates/<id>`. */
export const paths = {
  list: 'acm/certificates/list',
  request: 'acm/certificates/request',
  import: 'acm/certificates/import',
  certificate: (id: string) => `acm/certificates/${id}`,
  export: (id: string) => `acm/certificates/${id}/export`,
  cas: 'acm/private-cas',
  cloudfront: 'acm/use/cloudfront',
  loadBalancer: 'acm/use/load-balancer',
  apiGateway: 'acm/use/api-gateway',
};
export const href = (path: string) => `#/${path}`;
export const navigate = (path: string) => void (location.hash = `#/${path}`);
export const certId = (arn: string) => arn.split('/').pop()!;
