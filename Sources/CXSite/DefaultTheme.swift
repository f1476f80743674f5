/// The built-in layout and stylesheet, used when the project's `templates/` folder
/// does not provide `layout.mustache` or `style.css`.
///
/// No web fonts, no scripts, no external requests; light and dark colour schemes and
/// a print stylesheet in which sections start on a new page and charts never split.
public enum DefaultTheme {
    public static let layout = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{page.title}} · {{site.title}}</title>
    {{#page.description}}<meta name="description" content="{{page.description}}">
    {{/page.description}}<meta name="generator" content="cxreport">
    <link rel="stylesheet" href="{{root}}style.css">
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to the report</a>
    <header class="site-header">
    <p class="site-title"><a href="{{root}}index.html">{{site.title}}</a></p>
    {{#site.subtitle}}<p class="site-subtitle">{{site.subtitle}}</p>
    {{/site.subtitle}}<nav aria-label="Report sections"><ul>
    {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
    {{/nav}}</ul></nav>
    </header>
    <main id="main">
    {{#toc}}{{#first()}}<nav class="toc" aria-label="On this page"><p>On this page</p><ol>
    {{/first()}}<li><a href="{{href}}">{{title}}</a></li>
    {{#last()}}</ol></nav>
    {{/last()}}{{/toc}}<article>
    {{{content}}}
    </article>
    <nav class="pager" aria-label="Previous and next">
    {{#previous}}<a class="previous" href="{{href}}" rel="prev">← {{title}}</a>{{/previous}}
    {{#next}}<a class="next" href="{{href}}" rel="next">{{title}} →</a>{{/next}}
    </nav>
    </main>
    <footer class="site-footer">
    <p>{{site.title}}{{#site.organization}} · {{site.organization}}{{/site.organization}} · report date {{site.report_date}} · built with cxreport</p>
    </footer>
    </body>
    </html>

    """

    public static let stylesheet = """
    :root {
      color-scheme: light dark;
      --cx-bg: #ffffff; --cx-fg: #1d2430; --cx-muted: #5a6472; --cx-rule: #d9dee5;
      --cx-accent: #0a5fb4; --cx-panel: #f4f6f9;
      --cx-promoter: #009E73; --cx-passive: #9a9a9a; --cx-detractor: #D55E00;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --cx-bg: #12161c; --cx-fg: #e6e9ee; --cx-muted: #a3acb9; --cx-rule: #2e3642;
        --cx-accent: #7db7f0; --cx-panel: #1b2129;
      }
    }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body {
      margin: 0; background: var(--cx-bg); color: var(--cx-fg);
      font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    }
    a { color: var(--cx-accent); }
    .site-header, main, .site-footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
    .site-header { border-bottom: 1px solid var(--cx-rule); padding-top: 1.25rem; }
    .site-title { font-size: 1.35rem; font-weight: 700; margin: 0; }
    .site-title a { color: inherit; text-decoration: none; }
    .site-subtitle { margin: .1rem 0 0; color: var(--cx-muted); }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .75rem 0; }
    nav a { text-decoration: none; }
    nav a[aria-current="page"] { font-weight: 700; color: var(--cx-fg); border-bottom: 2px solid var(--cx-accent); }
    main { padding-top: 1rem; padding-bottom: 2rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 .75rem; }
    h2 { font-size: 1.4rem; margin-top: 2.25rem; border-bottom: 1px solid var(--cx-rule); padding-bottom: .25rem; }
    h3 { font-size: 1.15rem; margin-top: 1.75rem; }
    figure.cx-chart { margin: 1.5rem 0; padding: 1rem; background: var(--cx-panel); border-radius: .5rem; overflow-x: auto; }
    figure.cx-chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
    .cx-metrics { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1.5rem 0; }
    .cx-metrics svg { flex: 1 1 15rem; max-width: 22rem; height: auto; background: var(--cx-panel); border-radius: .5rem; }
    .cx-table { overflow-x: auto; margin: 1rem 0 1.5rem; }
    .cx-table-note { color: var(--cx-muted); font-size: .85rem; margin-top: -.5rem; }
    tbody th { font-weight: 500; }
    .cx-chart-data summary { cursor: pointer; color: var(--cx-muted); font-size: .9rem; margin-top: .5rem; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; width: 100%; }
    th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--cx-rule); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    caption { text-align: left; font-weight: 600; padding-bottom: .35rem; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
    blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--cx-rule); color: var(--cx-muted); }
    .skip-link { position: absolute; left: -999px; }
    .skip-link:focus { left: 1rem; top: 1rem; background: var(--cx-bg); padding: .5rem; }
    nav.toc { background: var(--cx-panel); border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; font-size: .92rem; }
    nav.toc p { margin: 0 0 .25rem; font-weight: 600; }
    nav.toc ol { margin: 0; padding-left: 1.25rem; columns: 2 16rem; }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 1px solid var(--cx-rule); }
    nav.pager .next { margin-left: auto; text-align: right; }
    .site-footer { border-top: 1px solid var(--cx-rule); color: var(--cx-muted); font-size: .85rem; padding-top: .75rem; padding-bottom: 2rem; }
    @media (max-width: 40rem) {
      h1 { font-size: 1.6rem; }
      figure.cx-chart { padding: .5rem; margin-left: -.5rem; margin-right: -.5rem; }
      figure.cx-chart > svg { min-width: 34rem; }
    }
    @media print {
      :root { --cx-bg: #fff; --cx-fg: #000; --cx-muted: #333; --cx-panel: #fff; }
      nav, .skip-link, .cx-chart-data summary { display: none; }
      .cx-chart-data { display: block; }
      article > h1:not(:first-child), section.cx-page + section.cx-page { break-before: page; }
      h2, h3 { break-after: avoid; }
      nav.toc, nav.pager { display: none; }
      figure.cx-chart { overflow: visible; }
      figure.cx-chart, table { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
