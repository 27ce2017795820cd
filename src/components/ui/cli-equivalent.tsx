/**
 * "CLI equivalent": the AWS CLI commands that do what the console just did, with the actual
 * parameters, copyable. Every console action shows one, so the console teaches the CLI.
 */
import { cliCommand, type CliCall } from '../../cli/equivalent';
import { CodeBlock } from './code-block';

export type ApiCall = CliCall;

interface Props {
  calls: ApiCall[];
  /** Heading text; default "CLI equivalent". */
  title?: string;
}

export function CliEquivalent({ calls, title = 'CLI equivalent' }: Props) {
  if (!calls.length) return null;
  const text = calls.map(cliCommand).join('\n');
  return (
    <div className="cli-equivalent">
      <p className="cli-equivalent__title">{title}</p>
      <CodeBlock code={text} label={calls.length > 1 ? 'CLI commands' : 'CLI command'} />
    </div>
  );
}
