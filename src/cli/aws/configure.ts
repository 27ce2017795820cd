/**
 * `aws configure list` as the CLI prints it (`%10s %24s %16s    %s` rows): the profile, the
 * caller's access key and secret masked to their last four characters, and the region with
 * where it came from. The lab has no config files: credentials are those of the identity the
 * lab selected, so `configure get` finds nothing and `configure set` and the interactive
 * `configure` are refused with an explanation.
 */
import { own } from '@/core';
import type { CommandContext } from '@/cli/shell/types';
import { failure, notSupported, PARAM_ERROR } from './errors';

const row = (name: string, value: string, type: string, location: string) => `${name.padStart(10)} ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;

const mask = (v: string) => '*'.repeat(16) + v.slice(-4);

export function configure(ctx: CommandContext, args: string[], globals: { profile?: string; region?: string }): number {
  const sub = args[0];
  if (sub === 'list') {
    if (args.length > 1)
      throw failure(PARAM_ERROR, `usage: aws configure list [--profile profile-name]\naws: error: unrecognized arguments: ${args.slice(1).join(' ')}`);
    let out = row('Name', 'Value', 'Type', 'Location') + row('----', '-----', '----', '--------');
    out += globals.profile !== undefined ? row('profile', globals.profile, 'manual', '--profile') : row('profile', '<not set>', 'None', 'None');
    const caller = ctx.state.caller;
    const user = caller.type === 'user' ? own(ctx.state.cloud.state.iam.users, caller.name) : undefined;
    const key = user?.accessKeys.find((k) => k.status === 'Active');
    if (key) {
      out += row('access_key', mask(key.accessKeyId), 'env', '');
      out += row('secret_key', mask(key.secretAccessKey), 'env', '');
    } else {
      out += row('access_key', '<not set>', 'None', 'None') + row('secret_key', '<not set>', 'None', 'None');
    }
    const envRegion = ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION;
    if (envRegion) out += row('region', envRegion, 'env', "['AWS_REGION', 'AWS_DEFAULT_REGION']");
    else if (globals.region) out += row('region', globals.region, 'imds', '');
    else out += row('region', '<not set>', 'None', 'None');
    ctx.stdout.write(out);
    return 0;
  }
  if (sub === 'get') return 1;
  if (sub === 'help') {
    ctx.stdout.write(
      'configure\n\n  aws configure list     show where the CLI finds credentials and region\n\nIn KMS Lab the credentials are those of the identity selected in the lab, and the\nregion comes from AWS_REGION / AWS_DEFAULT_REGION (export AWS_DEFAULT_REGION=...) or --region.\n',
    );
    return 0;
  }
  if (sub === 'set') throw notSupported('aws configure set: the lab has no config files; use export AWS_DEFAULT_REGION=... or --region');
  throw notSupported('Interactive aws configure: credentials come from the identity selected in the lab, the region from AWS_DEFAULT_REGION or --region');
}
