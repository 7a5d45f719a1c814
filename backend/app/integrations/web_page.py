"""Reading a public web page for prospect research: at most `web_fetch_max_bytes` of HTML or
text, three redirects, the settings' timeout; hosts that resolve to private, loopback or
link-local addresses are refused (the URL comes from a user or a search result, and must not
reach our own network) unless `INTEGRATIONS__WEB_FETCH_ALLOW_PRIVATE` is set."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import httpx
import structlog

from app.config import get_settings

log = structlog.get_logger("app.integrations")
MAX_REDIRECTS = 3
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


class PageRefused(Exception):
    """The page cannot be read: a bad or private address, an error status, not HTML, too
    big, or unreachable. The message says which, for the user."""


@dataclass
class Page:
    url: str
    title: str = ""
    description: str = ""
    text: str = ""
    links: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base, self.page = base, Page(base)
        self._skip = 0
        self._in_title = False
        self._chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            name = (values.get("name") or values.get("property") or "").lower()
            if name in ("description", "og:description") and not self.page.description:
                self.page.description = values.get("content", "").strip()
        elif tag == "a" and values.get("href"):
            self.page.links.append(urljoin(self.base, values["href"].strip()))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.page.title += data.strip()
        elif data.strip():
            self._chunks.append(data.strip())

    def finish(self) -> Page:
        self.page.text = " ".join(self._chunks)
        self.page.links = list(dict.fromkeys(self.page.links))
        return self.page


async def _check_host(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PageRefused("only http(s) addresses with a host can be read")
    if get_settings().integrations.web_fetch_allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, parts.port or 443,
                                                             type=socket.SOCK_STREAM)
    except OSError as exc:
        raise PageRefused(f"the host {parts.hostname} cannot be resolved") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise PageRefused(f"the host {parts.hostname} is not a public address")


def parse(url: str, html: str) -> Page:
    reader = _Reader(url)
    reader.feed(html)
    reader.close()
    return reader.finish()


async def fetch(url: str) -> Page:
    settings = get_settings().integrations
    limit = settings.web_fetch_max_bytes
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=settings.timeout_for("web"),
                                 headers={"User-Agent": "SomosProdutora-Hunter/1.0",
                                          "Accept": "text/html, text/plain"}) as http:
        for _ in range(MAX_REDIRECTS + 1):
            await _check_host(url)
            try:
                async with http.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    body = await _read(response, limit)
            except httpx.HTTPError as exc:
                log.info("integration.call", service="web", operation="fetch_page",
                         status=type(exc).__name__, attempt=1, sandbox=False)
                raise PageRefused(f"the page could not be reached ({type(exc).__name__})"
                                  ) from exc
            log.info("integration.call", service="web", operation="fetch_page",
                     status=response.status_code, attempt=1, sandbox=False,
                     latency_ms=round((time.perf_counter() - started) * 1000, 1))
            return parse(str(response.url), body)
    raise PageRefused("too many redirects")


async def _read(response: httpx.Response, limit: int) -> str:
    if response.is_error:
        raise PageRefused(f"the site answered HTTP {response.status_code}")
    kind = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        raise PageRefused(f"not a web page ({kind})")
    data = bytearray()
    async for chunk in response.aiter_bytes():
        data += chunk
        if len(data) > limit:
            raise PageRefused(f"the page is larger than {limit // 1000} kB")
    return bytes(data).decode(response.encoding or "utf-8", errors="replace")
