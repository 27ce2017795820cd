/**
 * "CLI equivalent": the AWS CLI commands that do what the console just did, with the actual
 * parameters, copyable. Every console action shows one, so the console teaches the CLI.
 * The flags come from the operations' input shapes; a service loaded on demand (ACM, issue 8)
 * is loaded first, and the commands are shown again with their flags once it is.
 */
import { useEffect, useReducer } from 'react';
import { cliCommand, loadServicesOf, type CliCall } from '@/cli/equivalent';
import type { AuthorizationTrace } from '@/cloud/authorize';
import { CodeBlock } from './code-block';

/** A call the console made: its CLI equivalent, and how it was authorized once it ran. */
export type ApiCall = CliCall & { trace?: AuthorizationTrace };

interface Props {
  calls: ApiCall[];
  /** Heading text; default "CLI equivalent". */
  title?: string;
}

export function CliEquivalent({ calls, title = 'CLI equivalent' }: Props) {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const services = [...new Set(calls.map((c) => c.service))].join(' ');
  useEffect(() => {
    let live = true;
    void loadServicesOf(calls)?.then(() => live && loaded());
    return () => {
      live = false;
    };
  }, [services]); // the services named, not the calls' identity
  if (!calls.length) return null;
  const text = calls.map(cliCommand).join('\n');
  return (
    <div className="cli-equivalent">
      <p className="cli-equivalent__title">{title}</p>
      <CodeBlock code={text} label={calls.length > 1 ? 'CLI commands' : 'CLI command'} />
    </div>
  );
}
