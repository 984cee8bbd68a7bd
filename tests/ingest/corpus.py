"""Small corpora the ingest tests build themselves: articles, wire copies, HTML pages and feeds."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "seoul": ("South Korea condemned Russia on Tuesday over its new defence treaty with North Korea. "
              "The foreign ministry in Seoul summoned the Russian ambassador to protest against the pact. "
              "Officials said the government would review its ban on sending weapons to Ukraine."),
    "manila": ("The Philippines accused China of ramming a supply boat near a disputed shoal on Monday. "
               "Manila lodged a formal protest with the Chinese embassy after the collision. "
               "Beijing rejected the complaint and blamed the Philippine crew for the incident."),
    "berlin": ("Germany pledged new air defence systems to Ukraine during a visit to Kyiv on Friday. "
               "The German chancellor met the Ukrainian president and promised further military aid. "
               "Russia criticised the decision and warned Berlin against escalating the war."),
    "tokyo": ("Japan and Australia signed an agreement on Wednesday to deepen their security cooperation. "
              "The two governments promised to hold more joint exercises in the coming year. "
              "China expressed concern about the deal and urged both countries to act with restraint."),
}


def wire_copy(text: str) -> str:
    """The same story as another outlet runs it: a byline in front, a credit line at the end."""
    return "By Mira Okafor, Example Wire Service. " + text + " Reporting by Daniel Brandt; editing by Ana Ruiz."


def html_page(title: str, body: str, date: str = "2024-06-18", site: str = "The Daily Example") -> str:
    paragraphs = "\n".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return f"""<!DOCTYPE html>
<html><head><title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}T07:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{title}</h1>
{paragraphs}
</article></main>
<footer>Copyright The Daily Example. All rights reserved.</footer>
</body></html>
"""


def rss_feed(items: list[tuple[str, str, str]], channel: str = "Example World News") -> str:
    """RSS 2.0 with (title, date as RFC 822, text) items."""
    body = "\n".join(f"""  <item>
    <title>{title}</title>
    <link>https://news.example.org/{n}</link>
    <guid>https://news.example.org/{n}</guid>
    <pubDate>{date}</pubDate>
    <description><![CDATA[<p>{text}</p>]]></description>
  </item>""" for n, (title, date, text) in enumerate(items))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>{channel}</title><link>https://news.example.org/</link><description>World news</description>
{body}
</channel></rss>
"""


def atom_feed(items: list[tuple[str, str, str]]) -> str:
    """Atom with (title, ISO timestamp, text) entries."""
    body = "\n".join(f"""  <entry><title>{title}</title><id>urn:example:{n}</id>
    <link href="https://atom.example.org/{n}"/><updated>{date}</updated>
    <content type="html">&lt;p&gt;{text}&lt;/p&gt;</content></entry>""" for n, (title, date, text) in enumerate(items))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom Desk</title><id>urn:example</id>
<updated>2024-06-20T00:00:00Z</updated>
{body}
</feed>
"""


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
