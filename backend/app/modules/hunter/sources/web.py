"""Web research on given sites: each page is read (integrations.research.fetch_page) and the
company's name, contacts, description and social links taken from it."""

from __future__ import annotations

from urllib.parse import urlsplit

from app.ai.offline.extract import extract
from app.integrations import research
from app.modules.hunter.schemas.candidates import Candidate
from app.modules.hunter.schemas.searches import WebSource
from app.modules.hunter.sources.base import Found

SOCIAL_HOSTS = ("instagram.com", "facebook.com", "linkedin.com", "youtube.com", "tiktok.com",
                "x.com", "twitter.com")
TITLE_SEPARATORS = (" | ", " - ", " – ", " :: ")


def _name(page: research.Page) -> str:
    title = page.title.strip()
    for separator in TITLE_SEPARATORS:
        title = title.split(separator)[0]
    return title.strip() or (urlsplit(page.url).hostname or page.url)


def candidate_from(page: research.Page) -> Candidate:
    links = page.links
    social = [u for u in links if any((urlsplit(u).hostname or "").endswith(h)
                                      for h in SOCIAL_HOSTS)]
    mail = [u.removeprefix("mailto:").split("?")[0] for u in links if u.startswith("mailto:")]
    tel = [u.removeprefix("tel:") for u in links if u.startswith("tel:")]
    found = extract(" ".join([page.text, page.description, *mail, *tel]))
    linkedin = next((u for u in social if "linkedin.com/company" in u), None)
    return Candidate(
        name=_name(page)[:200], source="web", website=page.url,
        domain=urlsplit(page.url).hostname, description=(page.description or page.text[:500])
        or None, emails=found["emails"], phones=found["phones"],
        cnpj=found["cnpjs"][0] if found["cnpjs"] else None,
        social_links=[u for u in social if u != linkedin][:10], linkedin_url=linkedin)


async def find(spec: WebSource, limit: int) -> Found:
    result = Found("web")
    errors = []
    for url in spec.urls[:limit]:
        try:
            result.candidates.append(candidate_from(await research.fetch_page(str(url))))
        except research.PageRefused as exc:
            errors.append(f"{url}: {exc}")
    result.error = "; ".join(errors) or None
    return result
