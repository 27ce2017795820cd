/**
 * Tabs on Radix's tabs primitive (WAI-ARIA tabs pattern): one Tab stop for the tab list, arrow
 * keys move between tabs and select them, Home/End jump, and the panel follows the selection.
 * Only the selected panel is rendered.
 */
import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import './tabs.css';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

interface Props {
  /** Names the tab list: "User details". */
  label: string;
  tabs: TabItem[];
  selected: string;
  onSelect(id: string): void;
}

export function Tabs({ label, tabs, selected, onSelect }: Props) {
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  return (
    <RadixTabs.Root className="tabs" value={current?.id} onValueChange={onSelect} activationMode="automatic">
      <RadixTabs.List aria-label={label} className="tabs__list" loop>
        {tabs.map((t) => (
          // Radix selects on mouse down; a click (or a synthetic one) selects too.
          <RadixTabs.Trigger key={t.id} value={t.id} className="tabs__tab" onClick={() => t.id !== current?.id && onSelect(t.id)}>
            {t.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {current && (
        <RadixTabs.Content value={current.id} className="tabs__panel" tabIndex={-1}>
          {current.content}
        </RadixTabs.Content>
      )}
    </RadixTabs.Root>
  );
}
