"""Fetch a news article by URL, refusing requests that could reach internal services.

The server may run next to things that must not be reachable from a text box (cloud
metadata at 169.254.169.254, admin panels on localhost, the LAN), so by default every hop
is checked: http/https only, every address the host resolves to must be public, redirects
are followed by hand (at most MAX_REDIRECTS) and each target is checked again.

DNS rebinding: a check-then-connect design is racy, because a hostile DNS server can
answer "public" to our check and "127.0.0.1" to the HTTP client's own lookup. We close
most of that gap by connecting to the very address we checked (the URL's host is replaced
by the IP; the Host header and TLS SNI/certificate check keep the real name). What remains
open: getaddrinfo has no timeout of its own, and proxies are not supported (trust_env is
off on purpose, an environment proxy would bypass the pinning).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import replace
from pathlib import PurePosixPath

import httpx

from ..errors import FetchError, UnsupportedInputError
from .readers import Document, decode_text, html_to_text, looks_like_html, read_document

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "fetch_article", "is_public_address"]

MAX_REDIRECTS = 5
USER_AGENT = "pl2en/0.1 (+article translator)"
_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "application/pdf"}  # handed to the file readers
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(address: str | IPAddress) -> bool:
    """True only for globally routable unicast addresses.

    Refuses private, loopback, link-local, multicast, reserved, unspecified and shared
    (CGNAT) ranges, IPv6 site-local, and IPv6 forms that embed an IPv4 address
    (::ffff:127.0.0.1, 6to4, NAT64), judged by the embedded address.
    """
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(embedded)
        if ip.is_site_local:
            return False
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def _resolve(host: str, port: int) -> list[str]:
    """All addresses the host resolves to (IP literals and odd forms like 2130706433
    come back normalized, which is why checks use this and never the URL's text)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


def _resolve_checked(host: str, port: int, *, allow_private: bool, url: str) -> str:
    """The address to connect to; FetchError if the host does not resolve or any of its
    addresses is non-public (an attacker controlling DNS may return several)."""
    try:
        addresses = _resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"Cannot resolve the host of {url}: {exc}") from None
    if not addresses:
        raise FetchError(f"Cannot resolve the host of {url}.")
    if not allow_private:
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise FetchError(
                f"Refusing {url}: {host} resolves to a private or local address ({blocked[0]}); "
                "set PL2EN_ALLOW_PRIVATE_URLS=1 to allow it."
            )
    return addresses[0]


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"Not a valid URL: {url!r} ({exc})") from None
    if parsed.scheme not in ("http", "https"):
        scheme = parsed.scheme or "no scheme"
        raise FetchError(f"Refusing {url}: only http and https URLs are fetched ({scheme}).")
    if not parsed.host:
        raise FetchError(f"Not a valid URL: {url!r} (no host).")
    return parsed


def _pinned_request(
    client: httpx.Client, url: httpx.URL, *, allow_private: bool, shown: str, timeout: float
) -> httpx.Request:
    """A GET for `url` that connects to the checked address, with the Host header and
    TLS server name (hence certificate check) of the original host."""
    port = url.port or (443 if url.scheme == "https" else 80)
    host = url.raw_host.decode("ascii")
    address = _resolve_checked(host, port, allow_private=allow_private, url=shown)
    host_header = f"[{host}]" if ":" in host else host
    if url.port is not None:
        host_header += f":{url.port}"
    return client.build_request(
        "GET",
        url.copy_with(host=address),
        headers={"Host": host_header},
        extensions={"sni_hostname": host},
        timeout=httpx.Timeout(timeout),
    )


def _display(url: httpx.URL, original: str | None = None) -> str:
    """The URL for messages: without user:password, with where a redirect came from."""
    shown = str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)
    return f"{shown} (redirected from {original})" if original else shown


def _read_body(
    response: httpx.Response, *, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """Stream the body, stopping as soon as it passes max_bytes or the overall deadline
    (httpx's timeout is per read; a server dripping a byte at a time would never trip it)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is {int(declared):,} bytes; the limit is {max_bytes:,} bytes.")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url} is larger than the limit of {max_bytes:,} bytes.")
        if time.monotonic() > deadline:
            raise FetchError(f"Fetching {url} timed out after {timeout:g} s.")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    raw = response.headers.get("content-type", "")
    mime = raw.split(";")[0].strip().lower()
    return mime, response.charset_encoding


def _to_document(
    body: bytes, mime: str, charset: str | None, url: str, final: httpx.URL
) -> Document:
    """Body -> Document: HTML through the article extractor, PDF/text through the readers."""
    if mime in _TEXT_TYPES or (not mime and not looks_like_html(body[:4096].decode("latin-1"))):
        name = PurePosixPath(final.path).name or "download"
        if mime == "application/pdf" and not name.lower().endswith(".pdf"):
            name += ".pdf"
        try:
            return read_document(name, body, max_bytes=len(body) + 1)
        except UnsupportedInputError as exc:
            raise FetchError(f"{url}: {exc}") from None
    text = None
    warnings: tuple[str, ...] = ()
    if charset:
        try:
            text = body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        # No usable charset header: UTF-8, then the Polish legacy code pages.
        try:
            text, decode_warnings = decode_text(body, url)
            warnings = tuple(decode_warnings)
        except UnsupportedInputError as exc:
            raise FetchError(f"{url}: {exc}") from None
    doc = html_to_text(text, url=str(final), fallback=False)
    if not doc.text.strip():
        raise FetchError(f"No article text found at {url}.")
    return replace(doc, warnings=warnings + doc.warnings) if warnings else doc


def fetch_article(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 15.0,
    max_bytes: int = 5_000_000,
) -> Document:
    """Download `url` and extract the article (title, date, body) as a Document.

    Raises FetchError (one line naming the URL) for: non-http(s) schemes, hosts that do
    not resolve or resolve to non-public addresses (unless allow_private), more than
    MAX_REDIRECTS redirects or a redirect to a refused target, HTTP errors, timeouts
    (overall, `timeout` seconds), bodies over max_bytes, content that is not a web page
    (PDF and plain text are read with the file readers), and pages with no article text.
    """
    current = _parse(url)
    start = _display(current)
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"}
    # No keep-alive: a pooled TLS connection is keyed by IP, and must not carry a later
    # hop's request for a different host name over a connection verified for another.
    with httpx.Client(
        headers=headers,
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
    ) as client:
        for hop in range(MAX_REDIRECTS + 1):
            shown = _display(current, start if hop else None)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"Fetching {shown} timed out after {timeout:g} s.")
            request = _pinned_request(
                client, current, allow_private=allow_private, shown=shown, timeout=remaining
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(f"Fetching {shown} timed out after {timeout:g} s.") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"Cannot fetch {shown}: {exc or type(exc).__name__}") from None
            try:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{shown} redirects without a Location header.")
                    try:
                        current = _parse(str(current.join(location)))
                    except (FetchError, httpx.InvalidURL) as exc:
                        raise FetchError(f"{shown} redirects to a refused URL: {exc}") from None
                    continue
                if response.status_code >= 400:
                    raise FetchError(
                        f"{shown} returned HTTP {response.status_code} "
                        f"({response.reason_phrase or 'error'})."
                    )
                if response.status_code != 200:
                    raise FetchError(f"{shown} returned HTTP {response.status_code}; expected 200.")
                mime, charset = _content_type(response)
                if mime and mime not in _HTML_TYPES and mime not in _TEXT_TYPES:
                    raise FetchError(f"{shown} is not a web page (content type {mime}).")
                try:
                    body = _read_body(
                        response, url=shown, max_bytes=max_bytes, deadline=deadline, timeout=timeout
                    )
                except httpx.TimeoutException:
                    raise FetchError(f"Fetching {shown} timed out after {timeout:g} s.") from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"Cannot fetch {shown}: {exc or type(exc).__name__}") from None
            finally:
                response.close()
            return _to_document(body, mime, charset, shown, current)
    raise FetchError(f"{start} redirects more than {MAX_REDIRECTS} times.")
