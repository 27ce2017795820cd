/**
 * The golden transcript: command lines run twice, in bash with the real AWS CLI v2 and in the
 * lab's shell, whose outputs must match byte for byte after normalization (golden.test.ts).
 * `capture` stores a line's trimmed stdout under a name; later lines use that name literally
 * (so the course's commands run exactly as written, with the real key id in place of
 * YOURKEYIDHERE). Lines avoid shell-level errors (bash -s words them differently from an
 * interactive bash; the shell's unit tests cover those) and the clock (`date`).
 */
export interface GoldenLine {
  line: string;
  capture?: string;
}

export const GOLDEN_TRANSCRIPT: GoldenLine[] = [
  { line: 'ls' },
  { line: 'cat secret.txt' },
  { line: 'aws kms create-key --description "course key" --query KeyMetadata.KeyId --output text', capture: 'YOURKEYIDHERE' },
  { line: 'aws kms create-alias --alias-name alias/myCMK --target-key-id YOURKEYIDHERE' },
  { line: 'aws kms list-aliases --query "Aliases[?AliasName==\'alias/myCMK\']"' },
  { line: 'aws kms describe-key --key-id alias/myCMK' },
  // The course's six commands, exactly as written.
  {
    line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
  },
  { line: 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt' },
  { line: 'aws kms re-encrypt --destination-key-id YOURKEYIDHERE --ciphertext-blob fileb://encryptedsecret.txt | base64 > newencryption.txt' },
  { line: 'aws kms enable-key-rotation --key-id YOURKEYIDHERE' },
  { line: 'aws kms get-key-rotation-status --key-id YOURKEYIDHERE' },
  { line: 'aws kms generate-data-key --key-id YOURKEYIDHERE --key-spec AES_256' },
  // What the course's commands left behind.
  { line: 'ls' },
  { line: 'cat decryptedsecret.txt' },
  { line: 'diff secret.txt decryptedsecret.txt && echo identical' },
  { line: 'cmp secret.txt decryptedsecret.txt; echo "cmp: $?"' },
  { line: 'sha256sum secret.txt decryptedsecret.txt' },
  { line: 'wc -c encryptedsecret.txt' },
  { line: 'head -c 4 encryptedsecret.txt | xxd' },
  { line: 'wc -l newencryption.txt' },
  { line: 'base64 --decode newencryption.txt' },
  { line: 'cmp secret.txt encryptedsecret.txt' },
  { line: 'diff secret.txt encryptedsecret.txt' },
  { line: 'echo "Hello, Cloud Gurus." > other.txt; diff secret.txt other.txt; echo "diff: $?"' },
  // Output formats and queries.
  { line: 'aws kms describe-key --key-id YOURKEYIDHERE --output table' },
  { line: 'aws kms describe-key --key-id YOURKEYIDHERE --output text' },
  { line: 'aws kms describe-key --key-id YOURKEYIDHERE --output yaml' },
  { line: 'aws kms describe-key --key-id YOURKEYIDHERE --query "KeyMetadata.{Id: KeyId, State: KeyState, Algorithms: EncryptionAlgorithms}" --output table' },
  { line: 'aws kms get-key-rotation-status --key-id YOURKEYIDHERE --output table' },
  { line: 'aws kms generate-data-key --key-id alias/myCMK --number-of-bytes 16 --output text' },
  { line: 'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_128 --output yaml --query "{Key: KeyId, Bytes: Plaintext}"' },
  {
    line: 'aws kms encrypt --key-id alias/myCMK --plaintext "$(echo -n hello | base64)" --encryption-context purpose=demo,team=blue --query KeyId --output text',
  },
  {
    line: 'aws kms create-key --description "second key" --tags TagKey=project,TagValue=kmslab TagKey=owner,TagValue=me --query KeyMetadata.KeyId --output text',
    capture: 'SECONDKEY',
  },
  { line: 'aws kms list-keys --output table' },
  { line: 'aws kms list-keys --output text' },
  { line: "aws kms list-keys --query 'Keys[*].KeyId' --output json" },
  { line: "aws kms list-keys --page-size 1 --query 'Keys[].KeyId' --output text" },
  { line: 'aws kms list-keys --max-items 1' },
  { line: 'aws kms list-keys --no-paginate --limit 1 --query "{Truncated: Truncated, Count: length(Keys)}"' },
  { line: 'aws kms list-resource-tags --key-id SECONDKEY' },
  { line: 'aws kms tag-resource --key-id SECONDKEY --tags TagKey=stage,TagValue=test' },
  { line: 'aws kms untag-resource --key-id SECONDKEY --tag-keys owner' },
  { line: 'aws kms list-resource-tags --key-id SECONDKEY --output table' },
  { line: 'aws kms list-resource-tags --key-id SECONDKEY --output text' },
  // Lifecycle.
  { line: 'aws kms disable-key --key-id SECONDKEY' },
  { line: 'aws kms encrypt --key-id SECONDKEY --plaintext fileb://secret.txt' },
  { line: 'aws kms enable-key --key-id SECONDKEY && echo enabled' },
  { line: 'aws kms schedule-key-deletion --key-id SECONDKEY --pending-window-in-days 7' },
  { line: 'aws kms describe-key --key-id SECONDKEY --query KeyMetadata.[KeyState,DeletionDate] --output text' },
  { line: 'aws kms cancel-key-deletion --key-id SECONDKEY --output yaml' },
  { line: 'aws kms schedule-key-deletion --key-id SECONDKEY --pending-window-in-days 3' },
  // Key policy.
  { line: 'aws kms get-key-policy --key-id YOURKEYIDHERE --policy-name default --output text > policy.json; cat policy.json' },
  { line: 'aws kms put-key-policy --key-id YOURKEYIDHERE --policy-name default --policy file://policy.json; echo "put: $?"' },
  { line: 'aws kms get-key-policy --key-id YOURKEYIDHERE --policy-name default --output yaml' },
  { line: 'aws kms list-key-policies --key-id YOURKEYIDHERE --output text' },
  // Grants.
  {
    line: 'aws kms create-grant --key-id YOURKEYIDHERE --grantee-principal arn:aws:iam::111122223333:root --retiring-principal arn:aws:iam::111122223333:root --operations Encrypt Decrypt --constraints EncryptionContextSubset={app=web} --name course-grant --query GrantId --output text',
    capture: 'GRANTID',
  },
  {
    line: 'aws kms create-grant --key-id YOURKEYIDHERE --grantee-principal arn:aws:iam::111122223333:root --retiring-principal arn:aws:iam::111122223333:root --operations Decrypt Encrypt --constraints EncryptionContextSubset={app=web} --name course-grant --query GrantId --output text',
  },
  { line: 'aws kms list-grants --key-id YOURKEYIDHERE' },
  { line: 'aws kms list-grants --key-id YOURKEYIDHERE --output table' },
  { line: 'aws kms list-retirable-grants --retiring-principal arn:aws:iam::111122223333:root --output text' },
  {
    line: 'aws kms create-grant --key-id YOURKEYIDHERE --grantee-principal arn:aws:iam::111122223333:root --operations Encrypt --query GrantToken --output text > token.txt',
  },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext aGk= --grant-tokens "$(cat token.txt)" --query KeyId --output text' },
  { line: 'aws kms retire-grant --grant-token "$(cat token.txt)"; echo "retire: $?"' },
  { line: 'aws kms retire-grant --grant-token "$(cat token.txt)"' },
  { line: 'aws kms revoke-grant --key-id YOURKEYIDHERE --grant-id GRANTID; echo "revoke: $?"' },
  { line: 'aws kms list-grants --key-id YOURKEYIDHERE --query "length(Grants)"' },
  { line: 'aws kms revoke-grant --key-id YOURKEYIDHERE --grant-id GRANTID' },
  { line: 'aws kms create-grant --key-id YOURKEYIDHERE --grantee-principal arn:aws:iam::111122223333:root --operations Sign' },
  { line: 'aws kms create-grant --key-id YOURKEYIDHERE --grantee-principal arn:aws:iam::111122223333:root --operations ENCRYPT' },
  { line: 'aws kms retire-grant --grant-token bm90LWEtZ3JhbnQtdG9rZW4=' },
  { line: 'aws kms retire-grant --key-id YOURKEYIDHERE' },
  // The usual mistakes.
  { line: 'aws kms describe-key --key-id alias/does-not-exist' },
  { line: 'aws kms describe-key --key-id YOURKEYIDHERE --region eu-west-1' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext hello' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext file://secret.txt' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext fileb://nofile.txt' },
  { line: 'aws kms decrypt --ciphertext-blob file://encryptedsecret.txt' },
  { line: 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --encryption-context purpose=demo' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext aGVsbG8= --bogus 1' },
  { line: 'aws kms describe-key --key-id ""' },
  { line: 'aws kms create-key --tags TagKey=team' },
  { line: 'aws kms schedule-key-deletion --key-id SECONDKEY --pending-window-in-days seven' },
  { line: 'aws kms list-keys --output xml' },
  { line: 'aws kms encrypt --key-id YOURKEYIDHERE --plaintext aGk= --encryption-context \'{"purpose": 1}\'' },
  { line: 'aws configure list' },
  { line: 'echo -n hello | base64; printf "Zm9v" | base64 -d; echo; echo "@@" | base64 -d; echo "status=$?"' },
];
