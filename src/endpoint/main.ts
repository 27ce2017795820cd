/**
 * `npm run endpoint -- [--port N] [--state FILE]`: the lab's account behind a local KMS endpoint
 * for the real AWS CLI v2 and SDKs. With --state, the account is loaded from FILE when it
 * exists and saved to it after every change (see state-file.ts for what is kept).
 * The simulated clock follows the wall clock here (checked before each request), so creation
 * dates look real and rotation and deletion happen as time passes, also while it was stopped.
 */
import { AwsError, SimulatedClock, own } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { startEndpoint } from './server';
import { saveOnChange, type Saver } from './saver';
import { StateFileError, loadStateFile } from './state-file';

/** The IAM user every new account starts with (src/iam/state.ts), holding the AWS documentation's example key pair. */
const ADMIN = 'lab-admin';

interface Args {
  port: number;
  state?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { port: 4599 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') {
      args.port = Number(value());
      if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('--port must be a port number (0-65535)');
    } else if (a === '--state') args.state = value();
    else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run endpoint -- [--port N (default 4599)] [--state FILE]');
      process.exit(0);
    } else throw new Error(`Unknown option ${a}`);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let state;
  if (args.state) {
    try {
      state = await loadStateFile(args.state);
    } catch (e) {
      if (!(e instanceof StateFileError)) throw e;
      console.error(`Refusing to start: ${args.state} cannot be used because ${e.message}.`);
      console.error('The file was left untouched. Move it away, or pass another --state file.');
      process.exit(1);
    }
  }
  const cloud = createCloud({ keepRawMaterial: true, clock: new SimulatedClock(Date.now()), state });
  const saver = args.state
    ? saveOnChange(cloud, args.state, { onError: (e) => console.error(`Could not save ${args.state}:`, e instanceof Error ? e.message : e) })
    : undefined;
  if (saver && !state) {
    await saver.saveNow().catch(() => {
      console.error(`Refusing to start: ${args.state} cannot be written.`);
      process.exit(1);
    });
  }

  // Starts from the account's own time: a loaded account catches up on the time it was off.
  let wall = cloud.clock.nowMs();
  const endpoint = await startEndpoint({
    cloud,
    port: args.port,
    host: '127.0.0.1',
    async beforeRequest() {
      const now = Date.now();
      const elapsed = now - wall;
      wall = Math.max(wall, now); // before the await, so concurrent requests do not count the same time twice
      if (elapsed > 0) await cloud.clock.advance(elapsed);
    },
    onInternalError: (e) => console.error('KMS Lab bug (answered InternalFailure):', e),
    beforeCall: saver && ((call) => whenSaved(saver, call)),
  });

  // Ctrl-C (or a SIGTERM) saves and closes: set before the first line is printed, so a stop sent as
  // soon as the address appears is never the default one that loses what is not yet saved.
  const stop = async () => {
    await endpoint.close();
    await saver?.flush();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  console.log(`KMS Lab endpoint listening on ${endpoint.url} (loopback only)`);
  console.log(
    state
      ? `Account loaded from ${args.state}; changes are saved to it.`
      : args.state
        ? `New account; changes are saved to ${args.state}.`
        : 'New account in memory (pass --state FILE to keep it).',
  );
  // The account's own record of lab-admin's key (a loaded account may have rotated it).
  const key = own(cloud.state.iam.users, ADMIN)?.accessKeys.find((k) => k.status === 'Active');
  if (key) {
    console.log(`\nCredentials of IAM user ${ADMIN} (AdministratorAccess):`);
    console.log(`  export AWS_ACCESS_KEY_ID=${key.accessKeyId}`);
    console.log(`  export AWS_SECRET_ACCESS_KEY=${key.secretAccessKey}`);
  } else {
    console.log(`\nIAM user ${ADMIN} has no active access key in this account: use the key of another IAM user.`);
  }
  console.log('  export AWS_DEFAULT_REGION=us-east-1');
  console.log('\nThen, with the AWS CLI v2:');
  console.log(`  aws --endpoint-url ${endpoint.url} kms list-keys`);
}

/** AWS's words for an internal failure (KMS's KMSInternalException; the common InternalFailure elsewhere), HTTP 500. */
const notSaved = (service: string) =>
  service === 'kms'
    ? new AwsError('KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.', 500)
    : new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500);

/** A call that changes the account is answered once its change is saved, or fails as AWS fails internally. */
function whenSaved(saver: Saver, call: { service: string; operation: string; readOnly: boolean }) {
  if (call.readOnly) return undefined;
  const mark = saver.mark();
  return () =>
    saver.committed(mark).catch(() => {
      throw notSaved(call.service);
    });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
