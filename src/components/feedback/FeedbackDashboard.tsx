/**
 * The support dashboard's island: logs in with the support token, reads the report from the
 * feedback API and shows it (tables, a uPlot trend chart with a table beside it, comments as plain
 * text, CSV downloads). Every rule it shows is made in src/lib/feedback/aggregate.ts.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { articleRows, shareLabel, trendOf, type SortKey } from '../../lib/feedback/aggregate.ts';
import { summarySchema, type Summary } from '../../lib/feedback/summary.ts';
import { reportRange, utcDay } from '../../lib/feedback/rules.ts';
import { feedbackApi } from './feedback-client.ts';
import { TrendChart } from './TrendChart.tsx';

type State = { phase: 'static' } | { phase: 'loading' } | { phase: 'login'; error?: string } | { phase: 'ready'; summary: Summary } | { phase: 'error'; message: string };

const columns: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'title', label: 'Article', numeric: false },
  { key: 'yes', label: 'Yes', numeric: true },
  { key: 'no', label: 'No', numeric: true },
  { key: 'total', label: 'Votes', numeric: true },
  { key: 'share', label: 'Helpful', numeric: true },
];

async function api(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${feedbackApi}${path}`, { credentials: 'include', ...init });
}

export default function FeedbackDashboard() {
  const [state, setState] = useState<State>({ phase: 'static' });
  const [range, setRange] = useState(() => reportRange(utcDay(new Date())));
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'no', descending: true });
  const [token, setToken] = useState('');
  const id = useId();

  const load = async (r = range) => {
    if (feedbackApi === null) return setState({ phase: 'error', message: 'This build of the help center has feedback turned off (FEEDBACK_URL=off), so there is nothing to show.' });
    setState((s) => (s.phase === 'ready' ? s : { phase: 'loading' }));
    try {
      const res = await api(`/summary?from=${r.from}&to=${r.to}`);
      if (res.status === 401) return setState({ phase: 'login' });
      const body: unknown = await res.json();
      if (!res.ok) return setState({ phase: 'error', message: (body as { error?: string }).error ?? `The feedback service answered ${res.status}.` });
      setState({ phase: 'ready', summary: summarySchema.parse(body) });
    } catch {
      setState({ phase: 'error', message: 'The feedback service cannot be reached. Start it with npm start, or check FEEDBACK_URL.' });
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const login = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const res = await api('/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: token.trim() }) });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        return setState({ phase: 'login', error: res.status === 401 ? 'That token is not right. Use the token the server printed at its first start, or FEEDBACK_ADMIN_TOKEN.' : (body.error ?? `The service answered ${res.status}.`) });
      }
      setToken('');
      await load();
    } catch {
      setState({ phase: 'error', message: 'The feedback service cannot be reached.' });
    }
  };

  const logout = async () => {
    await api('/logout', { method: 'POST' }).catch(() => undefined);
    setState({ phase: 'login' });
  };

  const applyRange = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = { from: String(form.get('from')), to: String(form.get('to')) };
    setRange(next);
    void load(next);
  };

  if (state.phase === 'static') return <p className="notice">The report needs JavaScript: it is read from the feedback service after you log in.</p>;
  if (state.phase === 'loading') return <p role="status">Loading the feedback report…</p>;
  if (state.phase === 'error') return <p className="notice notice--warning" role="alert">{state.message}</p>;
  if (state.phase === 'login') {
    return (
      <form className="dash__login" onSubmit={(e) => void login(e)}>
        <h2>Log in</h2>
        <p>The report is for support staff. Enter the support token (printed once by the server at its first start, or set as FEEDBACK_ADMIN_TOKEN).</p>
        {state.error && (
          <p className="notice notice--warning" role="alert">
            {state.error}
          </p>
        )}
        <label htmlFor={`${id}-token`}>Support token</label>
        <input id={`${id}-token`} type="password" autoComplete="current-password" required value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" className="button">
          Log in
        </button>
      </form>
    );
  }
  return <Report summary={state.summary} range={range} category={category} setCategory={setCategory} sort={sort} setSort={setSort} applyRange={applyRange} logout={logout} />;
}

interface ReportProps {
  summary: Summary;
  range: { from: string; to: string };
  category: string;
  setCategory: (c: string) => void;
  sort: { key: SortKey; descending: boolean };
  setSort: (s: { key: SortKey; descending: boolean }) => void;
  applyRange: (e: FormEvent<HTMLFormElement>) => void;
  logout: () => Promise<void>;
}

function Report({ summary, range, category, setCategory, sort, setSort, applyRange, logout }: ReportProps) {
  const id = useId();
  const categories = useMemo(() => [...new Map(summary.articles.map((a) => [a.category, a.categoryTitle])).entries()], [summary]);
  const rows = articleRows(summary, { category, sort: sort.key, descending: sort.descending });
  const trend = trendOf(summary, rows);
  const comments = summary.comments.filter((c) => !category || c.category === category);
  const exportUrl = (kind: string) => `${feedbackApi}/export?kind=${kind}&from=${summary.from}&to=${summary.to}`;

  return (
    <div className="dash">
      <div className="dash__bar">
        <form className="dash__filters" onSubmit={applyRange} aria-label="Report period">
          <label>
            From <input type="date" name="from" defaultValue={range.from} required />
          </label>
          <label>
            To <input type="date" name="to" defaultValue={range.to} required />
          </label>
          <button type="submit" className="control">
            Show this period
          </button>
        </form>
        <label className="dash__category">
          Category{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">All categories</option>
            {categories.map(([value, title]) => (
              <option key={value} value={value}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <p className="dash__downloads">
          <a href={exportUrl('votes')} download>
            Download votes (CSV)
          </a>{' '}
          <a href={exportUrl('comments')} download>
            Download comments (CSV)
          </a>{' '}
          <button type="button" className="control" onClick={() => void logout()}>
            Log out
          </button>
        </p>
      </div>
      <p className="dash__period" role="status">
        Showing {summary.from} to {summary.to} (UTC days){category ? `, ${categories.find(([c]) => c === category)?.[1]} only` : ''}.
      </p>

      <section aria-labelledby={`${id}-articles`}>
        <h2 id={`${id}-articles`}>Articles: “Was this helpful?”</h2>
        <div className="dash__scroll" tabIndex={0} role="region" aria-label="Articles table (scrolls sideways)">
          <table className="dash__table">
            <caption className="sr-only">Votes per article. Column headers sort the table.</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined} className={c.numeric ? 'num' : undefined}>
                    <button type="button" onClick={() => setSort({ key: c.key, descending: sort.key === c.key ? !sort.descending : c.numeric })}>
                      {c.label}
                      <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a href={`/articles/${a.id}/`}>{a.title}</a>
                    <span className="dash__muted"> · {a.categoryTitle}</span>
                  </th>
                  <td className="num">{a.yes}</td>
                  <td className="num">{a.no}</td>
                  <td className="num">{a.yes + a.no}</td>
                  <td className="num">{shareLabel(a.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Trend {category ? 'in this category' : 'over all articles'}</h3>
        <TrendChart days={summary.days} yes={trend.yes} no={trend.no} />
        <details>
          <summary>The trend as a table</summary>
          <div className="dash__scroll" tabIndex={0} role="region" aria-label="Trend table (scrolls)">
            <table className="dash__table">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">Yes</th>
                  <th scope="col" className="num">No</th>
                </tr>
              </thead>
              <tbody>
                {summary.days.map((d, i) => (
                  <tr key={d}>
                    <th scope="row">{d}</th>
                    <td className="num">{trend.yes[i]}</td>
                    <td className="num">{trend.no[i]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section aria-labelledby={`${id}-comments`}>
        <h2 id={`${id}-comments`}>Newest comments</h2>
        {comments.length === 0 ? (
          <p>No comments in this period.</p>
        ) : (
          <ul className="dash__comments">
            {comments.map((c, i) => (
              <li key={i}>
                <p className="dash__muted">
                  {c.title} · <time dateTime={c.at}>{c.at.slice(0, 16).replace('T', ' ')} UTC</time>
                </p>
                <p className="dash__comment">{c.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-outcomes`}>
        <h2 id={`${id}-outcomes`}>Troubleshooter outcomes: “Did this solve it?”</h2>
        <div className="dash__scroll" tabIndex={0} role="region" aria-label="Outcomes table (scrolls sideways)">
          <table className="dash__table">
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col" className="num">Solved</th>
                <th scope="col" className="num">Not solved</th>
                <th scope="col">Most common paths that ended in “not solved”</th>
              </tr>
            </thead>
            <tbody>
              {summary.outcomes.map((o) => (
                <tr key={`${o.tree}/${o.node}`}>
                  <th scope="row">
                    <a href={`/troubleshoot/${o.tree}/${o.node}/`}>{o.title}</a>
                    <span className="dash__muted"> · {o.treeTitle}{o.escalates ? ' · “No” leads to support' : ''}</span>
                  </th>
                  <td className="num">{o.solved}</td>
                  <td className="num">{o.notSolved}</td>
                  <td>
                    {o.paths.length === 0 ? (
                      '–'
                    ) : (
                      <ol className="dash__paths">
                        {o.paths.map((p) => (
                          <li key={p.path}>
                            {p.labels.join(' → ') || '(opened at this step)'} <span className="dash__muted">({p.count})</span>
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${id}-nothing`}>
        <h2 id={`${id}-nothing`}>Searches that found nothing</h2>
        {summary.searchesNothing.length === 0 ? (
          <p>None in this period.</p>
        ) : (
          <table className="dash__table">
            <thead>
              <tr>
                <th scope="col">What readers searched for</th>
                <th scope="col" className="num">Times</th>
              </tr>
            </thead>
            <tbody>
              {summary.searchesNothing.map((s) => (
                <tr key={s.query}>
                  <td>{s.query}</td>
                  <td className="num">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby={`${id}-opened`}>
        <h2 id={`${id}-opened`}>Searches and what readers opened</h2>
        {summary.searchesOpened.length === 0 ? (
          <p>None in this period.</p>
        ) : (
          <div className="dash__scroll" tabIndex={0} role="region" aria-label="Searches and results table (scrolls sideways)">
            <table className="dash__table">
              <thead>
                <tr>
                  <th scope="col">Search</th>
                  <th scope="col">Page opened</th>
                  <th scope="col" className="num">Times</th>
                </tr>
              </thead>
              <tbody>
                {summary.searchesOpened.map((s) => (
                  <tr key={`${s.query} ${s.opened}`}>
                    <td>{s.query}</td>
                    <td>
                      <a href={s.opened}>{s.opened}</a>
                    </td>
                    <td className="num">{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
