/**
 * "What is simplified": where KMS Lab does less than AWS, area by area. The notes are the
 * `Simplified:` paragraphs of the code's own header comments (build/simplified-notes-plugin.ts),
 * so this page says exactly what the code says.
 */
import { SIMPLIFIED_NOTES } from 'virtual:simplified-notes';
import { byArea } from './areas';

/** The notes continue "Simplified:", so they start in lower case; shown alone, they start a sentence. */
const sentence = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function SimplifiedPage() {
  const areas = byArea(SIMPLIFIED_NOTES);
  return (
    <div className="service-page">
      <h1>What is simplified</h1>
      <p>
        KMS Lab follows AWS's documented behaviour: the same operations, parameters, answers and error messages. Where it does less than AWS, the code says so,
        and this page lists each place ({SIMPLIFIED_NOTES.length} notes). Everything not listed here is meant to behave as AWS does; if you find a difference,
        it is a bug.
      </p>
      {areas.map((a) => (
        <section key={a.id} aria-labelledby={`area-${a.id}`}>
          <h2 id={`area-${a.id}`}>
            {a.title} <span className="muted">({a.notes.length})</span>
          </h2>
          <dl>
            {a.notes.map((n) => (
              <div key={n.file}>
                <dt>
                  <strong>{n.title}</strong>{' '}
                  {n.docs && (
                    <a href={n.docs} target="_blank" rel="noreferrer">
                      AWS documentation<span className="visually-hidden"> for {n.title} (opens in a new tab)</span>
                    </a>
                  )}
                </dt>
                <dd>
                  {sentence(n.text)} <span className="muted">({n.file})</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
