/** Specialty items, Domain 3 (Infrastructure Security): network paths to KMS, TLS at the edge, certificates for workloads. */
import { builders } from './build';

const { scenario, ordering } = builders({ t: 'acm', d: 'infrastructure', lv: 3, docs: ['acmServices'] });

export const SPEC_INFRASTRUCTURE = [
  scenario(
    'inf-private-kms',
    { f: ['ck-vpce'], t: 'condition-keys', docs: ['vpceConditions'] },
    'EC2 instances in private subnets with no internet access, no NAT gateway and no proxy must call KMS. The security team also wants to prove, in the key policy, that direct calls come only from that VPC. What should be built?',
    [
      'An interface endpoint plus an aws:SourceVpc condition',
      'Right: the endpoint gives a private path to KMS; aws:SourceVpc (or SourceVpce) ties direct calls to the VPC.',
    ],
    [
      ['A gateway VPC endpoint for KMS in the route tables', 'Wrong: gateway endpoints exist for S3 and DynamoDB, not KMS.'],
      ['A NAT gateway, with aws:SourceIp set to its Elastic IP', 'Wrong: the requirement forbids internet access, and SourceIp cannot prove the VPC.'],
      ['VPC peering with the KMS service VPC', 'Wrong: you cannot peer with AWS service VPCs; PrivateLink endpoints are the way.'],
    ],
    'KMS over PrivateLink: interface endpoints, and aws:SourceVpc/aws:SourceVpce in policies.',
  ),
  scenario(
    'inf-cloudfront-cert',
    { f: ['acm-regions', 'acm-cloudfront-us-east-1', 'acm-validation-methods'], docs: ['cloudfrontHttps', 'acmRegions'] },
    'A company serves www.example.com through CloudFront with an S3 origin in ap-south-1. The infrastructure-as-code pipeline deploys everything to ap-south-1 and creates the ACM certificate there, which the distribution cannot use. What is the correct fix?',
    ['Create the certificate in us-east-1 and reference it', 'Right: CloudFront only uses ACM certificates from us-east-1, whatever the origin’s Region.'],
    [
      ['Copy the ap-south-1 certificate to us-east-1 with the ACM console', 'Wrong: ACM certificates cannot be copied between Regions.'],
      ['Move the S3 origin to us-east-1', 'Wrong: the origin’s Region is irrelevant to the certificate rule.'],
      ['Use the certificate through a Regional API Gateway in front of CloudFront', 'Wrong: that adds a layer without meeting CloudFront’s requirement.'],
    ],
    'CloudFront: certificate in us-east-1, even when everything else is elsewhere.',
  ),
  scenario(
    'inf-alb-sni',
    { f: ['acm-integrations', 'acm-wildcard'], docs: ['acmServices', 'acmCharacteristics'] },
    'An ALB must serve three unrelated domains (a.com, b.org, c.net) over HTTPS on a single listener, to keep one entry point and one bill. The team wants ACM to renew every certificate automatically. What should it do?',
    [
      'One ACM certificate per domain on the listener (SNI)',
      'Right: ALB listeners hold several certificates and choose by SNI; each DNS-validated ACM certificate renews by itself.',
    ],
    [
      [
        'Request one wildcard certificate *.com that covers all three',
        'Wrong: a wildcard covers subdomains of one domain, and different top-level domains cannot share one.',
      ],
      ['Create three ALBs, one per domain', 'Wrong: it works but is unnecessary; one listener can serve several certificates.'],
      ['Import one self-signed certificate with all three names', 'Wrong: browsers would not trust it, and ACM never renews imported certificates.'],
    ],
    'ALB + SNI: several ACM certificates on one listener.',
  ),
  scenario(
    'inf-internal-tls',
    { f: ['acm-public-private', 'pca-modes', 'pca-renewal'], t: 'private-ca', docs: ['pcaWelcome', 'acmRenewal'] },
    'Internal services communicate over TLS using names such as orders.internal.corp, which do not exist in public DNS. The services sit behind internal ALBs, and the team wants managed renewal. Which certificates should it use?',
    [
      'ACM private certificates from Private CA',
      'Right: public CAs cannot issue for private names; ACM-requested private certificates work on ALBs and renew automatically.',
    ],
    [
      ['ACM public certificates validated by email', 'Wrong: public certificates need publicly resolvable, validated domain names.'],
      ['Self-signed certificates on each ALB', 'Wrong: ALBs use ACM or imported certificates; self-signed ones are not trusted or renewed.'],
      ['A short-lived mode CA issuing through ACM', 'Wrong: ACM cannot issue from a short-lived mode CA.'],
    ],
    'Private names: AWS Private CA, requested through ACM for managed renewal on integrated services.',
  ),
  scenario(
    'inf-xks-public-risk',
    { f: ['ks-xks-connectivity'], t: 'key-stores', docs: ['xksConnectivity'] },
    'A team testing an external key store used a public endpoint for its XKS proxy. Before production, the CISO asks what a public endpoint changes for security and reliability compared with a VPC endpoint service. What is the accurate answer?',
    [
      'Internet path and more latency; TLS still protects it',
      'Right: a public endpoint is simpler but exposes the proxy on the internet and adds latency; a VPC endpoint service keeps traffic within AWS.',
    ],
    [
      ['Nothing: KMS always reaches proxies through AWS PrivateLink', 'Wrong: only the VPC endpoint service option uses PrivateLink.'],
      ['Public endpoints send key material in clear text', 'Wrong: requests are authenticated and encrypted with TLS, and key material is not sent.'],
      [
        'Public endpoints are not allowed for external key stores',
        'Wrong: they are allowed; AWS suggests testing with them and using a VPC endpoint service for production.',
      ],
    ],
    'XKS connectivity: public endpoint (simpler) versus VPC endpoint service (private, more setup).',
  ),
  scenario(
    'inf-nitro-attestation',
    { f: ['kt-symmetric', 'kp-one-policy'], t: 'key-policies', d: 'infrastructure', docs: ['attestation', 'keyPolicies'] },
    'A fraud model runs in an AWS Nitro Enclave. Its decryption key must be usable only by the enclave with a specific image, never by the parent instance’s role acting on its own, even if that role is compromised. How is this enforced?',
    [
      'A key policy condition on the enclave’s attestation',
      'Right: KMS checks the signed attestation document of the enclave and returns the plaintext encrypted for the enclave only.',
    ],
    [
      ['An IAM policy that allows Decrypt only from the instance’s private IP', 'Wrong: the parent instance shares that network identity with the enclave.'],
      ['A grant for the instance role', 'Wrong: the compromised role would hold the grant too.'],
      ['A VPC endpoint policy for the instance’s subnet', 'Wrong: the parent instance uses the same path; only attestation distinguishes the enclave.'],
    ],
    'Nitro Enclaves: KMS condition keys on attestation bind key use to a measured enclave image.',
  ),
  scenario(
    'inf-endpoint-policy',
    { f: ['ck-vpce', 'kp-cross-account'], t: 'condition-keys', docs: ['vpceConditions'] },
    'A regulated VPC must not be usable to exfiltrate data by encrypting it under keys in attacker-controlled accounts. Instances reach KMS only through an interface VPC endpoint. Which control stops calls to foreign keys from this VPC?',
    ['A VPC endpoint policy limited to the organization’s keys', 'Right: the endpoint policy filters requests through the endpoint by the key they target.'],
    [
      ['A key policy on the company’s keys that denies foreign accounts', 'Wrong: the attacker’s keys have their own key policies, which you do not control.'],
      ['A security group on the instances blocking port 443', 'Wrong: it would block the company’s own KMS calls too.'],
      [
        'An SCP denying kms:Decrypt',
        'Wrong: exfiltration would use Encrypt or GenerateDataKey under the foreign key, and SCPs do not inspect the key’s account unless written for it.',
      ],
    ],
    'Data perimeter: endpoint policies (and SCPs with aws:ResourceOrgID) keep key use within the organization.',
  ),
  ordering(
    'inf-cloudfront-order',
    { f: ['acm-cloudfront-us-east-1', 'acm-validation-methods', 'acm-integrations'], lab: 'lab-11', lv: 2, docs: ['cloudfrontHttps', 'acmDnsValidation'] },
    'Put the steps for serving a custom domain over HTTPS with CloudFront in order.',
    [
      ['Request a public certificate for the domain in ACM in us-east-1', 'CloudFront uses certificates from us-east-1.'],
      ['Create the DNS validation CNAME record', 'ACM validates domain control through it.'],
      ['Wait for the certificate status ISSUED', 'Only issued certificates can be attached.'],
      ['Create or update the distribution with the domain as alternate name and the certificate', 'The distribution presents the certificate for the name.'],
      ['Point the domain’s DNS record at the distribution', 'Last, traffic goes to CloudFront.'],
    ],
    'Certificate (us-east-1), validation, issued, distribution, DNS.',
  ),
];
