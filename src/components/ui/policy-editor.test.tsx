// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyEditor, policyProblem } from './policy-editor';

afterEach(cleanup);

function Harness({ initial, kind }: { initial: string; kind?: 'identity' | 'trust' | 'resource' }) {
  const [v, setV] = useState(initial);
  return <PolicyEditor label="Policy editor (JSON)" value={v} onChange={setV} kind={kind} />;
}

const VALID = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "kms:*", "Resource": "*" }\n  ]\n}';

describe('PolicyEditor', () => {
  it('says a valid policy is valid', () => {
    render(<Harness initial={VALID} />);
    expect(screen.getByText('The policy is valid JSON and a valid policy.')).toBeTruthy();
    expect(screen.getByLabelText('Policy editor (JSON)').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a JSON syntax error with its line and column, and marks the line', async () => {
    const user = person();
    render(<Harness initial={VALID} />);
    const editor = screen.getByLabelText('Policy editor (JSON)');
    // Drop the comma after "Effect": "Allow" on line 4.
    await user.fill(editor, VALID.replace('"Allow",', '"Allow"'));
    const status = screen.getByText(/^JSON syntax error/);
    expect(status.textContent).toBe(`JSON syntax error at line 4, column 25: expected ',' or '}' after a property value, found "\\""`);
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(editor.getAttribute('aria-describedby')).toBe(status.id);
    expect(status.getAttribute('aria-live')).toBe('polite');
    const marked = document.querySelectorAll('.policy-editor__line--error');
    expect([...marked].map((m) => m.textContent)).toEqual(['4']);
  });

  it('shows grammar problems in the words of IAM', () => {
    render(<Harness initial={'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}'} />);
    expect(screen.getByText('Statement 1: Policy statement must contain actions.')).toBeTruthy();
    expect(document.querySelectorAll('.policy-editor__line--error')).toHaveLength(0);
  });

  it('checks the policy as the kind it is: trust policies need a principal', () => {
    const trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}';
    expect(policyProblem(trust, 'trust')?.message).toMatch(/principal/i);
    expect(
      policyProblem('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"ec2.amazonaws.com"}}]}', 'trust'),
    ).toBeUndefined();
    expect(policyProblem('', 'identity')).toEqual({
      message: 'JSON syntax error at line 1, column 1: unexpected end of the document: expected a value',
      line: 1,
      column: 1,
    });
  });

  it('numbers every line', () => {
    render(<Harness initial={VALID} />);
    expect(document.querySelectorAll('.policy-editor__line')).toHaveLength(6);
  });
});
