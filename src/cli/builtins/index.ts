/** Every command of the shell, by name: the builtins and `aws`. */
import { awsCommand } from '@/cli/aws/driver';
import { encryptionCliCommand } from '@/cli/encryption-cli/command';
import { jqCommand } from '@/cli/jq/command';
import type { CommandInfo } from '@/cli/shell/types';
import { compareCommands } from './compare';
import { dateCommand } from './date';
import { encodeCommands } from './encode';
import { fileCommands } from './files';
import { lsCommand } from './ls';
import { printfCommand } from './printf';
import { readCommand } from './read';
import { helpCommand, sessionCommands } from './session';
import { textCommands } from './text';
import { whyCommand } from './why';

export function createCommands(): Map<string, CommandInfo> {
  const commands = new Map<string, CommandInfo>(
    Object.entries({
      ...fileCommands,
      ...textCommands,
      ...encodeCommands,
      ...compareCommands,
      ...sessionCommands,
      ls: lsCommand,
      printf: printfCommand,
      read: readCommand,
      date: dateCommand,
      why: whyCommand,
      jq: jqCommand,
      aws: awsCommand,
      'aws-encryption-cli': encryptionCliCommand,
    }),
  );
  commands.set(
    'help',
    helpCommand(() => commands),
  );
  return commands;
}
