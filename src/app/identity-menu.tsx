/**
 * Who the learner is signed in as: the account root or any IAM user. Switching is one click in
 * the menu and changes what the console is allowed to do: every call is made as this identity,
 * and IAM and key policies decide, as they would for a real sign-in.
 */
import { DisclosureMenu } from '@/components/ui/disclosure-menu';
import type { Principal } from '@/iam/model';

interface Props {
  identity: Principal;
  /** The account's IAM users, by name. */
  users: string[];
  /** undefined: the account root. */
  onSwitch(userName: string | undefined): void;
  accountId: string;
}

const displayAccount = (id: string) => id.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');

export function IdentityMenu({ identity, users, onSwitch, accountId }: Props) {
  const current = identity.type === 'root' ? 'root' : identity.name;
  return (
    <DisclosureMenu
      label={
        <>
          {current}
          <span className="identity__account"> @ {displayAccount(accountId)}</span>
        </>
      }
      ariaLabel={`Signed in as ${current} @ ${displayAccount(accountId)}`}
      panelLabel="Sign in as"
      className="identity-menu"
      align="end"
    >
      {(close) => (
        <div className="identity-panel">
          <p className="identity-panel__title" id="identity-title">
            Sign in as
          </p>
          <p className="identity-panel__hint">Calls are made as this identity: its policies decide what is allowed.</p>
          <ul className="menu-list" aria-labelledby="identity-title">
            <li>
              <button
                type="button"
                aria-current={identity.type === 'root' || undefined}
                onClick={() => {
                  onSwitch(undefined);
                  close();
                }}
              >
                <span className="menu-list__label">root</span>
                <span className="menu-list__description">Account root user: allowed everything, policies do not apply to it</span>
              </button>
            </li>
            {users.map((u) => (
              <li key={u}>
                <button
                  type="button"
                  aria-current={(identity.type === 'user' && identity.name === u) || undefined}
                  onClick={() => {
                    onSwitch(u);
                    close();
                  }}
                >
                  <span className="menu-list__label">{u}</span>
                  <span className="menu-list__description">IAM user</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="identity-panel__hint">
            <a href="#/iam/users" onClick={() => close(false)}>
              Manage IAM users
            </a>
          </p>
        </div>
      )}
    </DisclosureMenu>
  );
}
