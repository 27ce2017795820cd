/** The top bar's Services menu: the consoles of the lab, as links (so each is bookmarkable). */
import { DisclosureMenu } from '@/components/ui/disclosure-menu';

export interface ServiceLink {
  id: string;
  label: string;
  description: string;
  href: string;
}

export function ServicesMenu({ services, current }: { services: ServiceLink[]; current?: string }) {
  return (
    <DisclosureMenu label="Services" className="services-menu">
      {(close) => (
        <nav aria-label="Services">
          <ul className="menu-list">
            {services.map((s) => (
              <li key={s.id}>
                <a href={s.href} aria-current={s.id === current ? 'page' : undefined} onClick={() => close(false)}>
                  <span className="menu-list__label">{s.label}</span>
                  <span className="menu-list__description">{s.description}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </DisclosureMenu>
  );
}
