// Where public facts come from: links with the source's title (or its site) and any note.
interface Source {
  url: string;
  title?: string;
  note?: string;
}

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={`${source.url} ${source.note ?? ''}`}>
          <a href={source.url} rel="noopener noreferrer">
            {source.title ?? siteName(source.url)}
          </a>
          {source.note && <span className="muted"> · {source.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
