"""Fetch a news article by URL, refusing requests that could reach internal services.

The server may run next to things that must not be reachable from a text box (cloud
metadata at 169.254.169.254, admin panels on localhost, the LAN), so by default every hop
is checked: http/https only, every address the host resolves to must be public, redirects
are followed by hand (at most MAX_REDIRECTS) and each target is checked again.

DNS rebinding: a check-then-connect design is racy, because a hostile DNS server can
answer "public" to our check and "127.0.0.1" to the HTTP client's own lookup. We close
most of that gap by connecting to the very address we checked (the URL's host is replaced
by the IP; the Host header and TLS SNI/certificate check keep the real name). What remains
open: proxies are not supported (an environment proxy would bypass the pinning).

Bounds: one deadline covers name lookups, connecting, TLS, headers, body and every redirect
(getaddrinfo has no timeout of its own, so it runs in a daemon thread that we wait on for
what is left of the deadline; httpcore's network backend is wrapped so each read waits at
most for that too); the body is read raw and decoded here in 64 KiB steps, so the size cap
holds on the decoded bytes and a compression bomb stops at it.
"""

from __future__ import annotations

import email.message
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

import httpcore
import httpx

from ..errors import FetchError, UnsupportedInputError
from .readers import (
    Document,
    ReadLimits,
    decode_text,
    html_to_text,
    looks_like_html,
    read_document,
)
from .readers.limits import check_chars, setting_default

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "fetch_article", "is_public_address"]

MAX_REDIRECTS = 5
USER_AGENT = "pl2en/0.1 (+article translator)"
_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "application/pdf"}  # handed to the file readers
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_STEP = 1 << 16  # bytes of decoded body at a time
# Name lookups that may run at once: a lookup that outlives its fetch's deadline keeps its
# thread until the system resolver gives up, so the threads are capped, not the fetches.
_LOOKUPS = threading.BoundedSemaphore(8)
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,*/*;q=0.5",
    "Accept-Encoding": "gzip, deflate, br",
}

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


class _LookupTimeout(httpcore.ConnectTimeout):
    """The name server did not answer before the fetch's deadline."""


def _resolve_by(host: str, port: int, deadline: float) -> list[str]:
    """_resolve, given up on at the deadline (_LookupTimeout) while its daemon thread
    finishes on its own; OSError/UnicodeError from the lookup pass through."""
    left = deadline - time.monotonic()
    if left <= 0 or not _LOOKUPS.acquire(timeout=left):
        raise _LookupTimeout(host)
    outcome: list[list[str] | BaseException] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome.append(_resolve(host, port))
        except BaseException as exc:  # handed to the waiting fetch
            outcome.append(exc)
        finally:
            _LOOKUPS.release()
            done.set()

    threading.Thread(target=lookup, name="pl2en-lookup", daemon=True).start()
    if not done.wait(max(0.0, deadline - time.monotonic())):
        raise _LookupTimeout(host)
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def _resolve_checked(
    host: str, port: int, *, allow_private: bool, url: str, deadline: float
) -> str:
    """The address to connect to; FetchError if the host does not resolve or any of its
    addresses is non-public (an attacker controlling DNS may return several)."""
    try:
        addresses = _resolve_by(host, port, deadline)
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


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake waits at most until the
    fetch's one deadline: a server dripping a header line a second fails on time, where a
    per-read timeout would wait for ever."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream, self._deadline = stream, deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """TCP connections that keep to one deadline (see _DeadlineStream)."""

    def __init__(self, deadline: float) -> None:
        self._backend, self._deadline = httpcore.SyncBackend(), deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the deadline passed")
        stream = self._backend.connect_tcp(host, port, left, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def _pinned_request(
    url: httpx.URL, *, allow_private: bool, shown: str, deadline: float
) -> httpcore.Request:
    """A GET for `url` that connects to the checked address, with the Host header and
    TLS server name (hence certificate check) of the original host."""
    port = url.port or (443 if url.scheme == "https" else 80)
    host = url.raw_host.decode("ascii")
    address = _resolve_checked(
        host, port, allow_private=allow_private, url=shown, deadline=deadline
    )
    host_header = f"[{host}]" if ":" in host else host
    if url.port is not None:
        host_header += f":{url.port}"
    return httpcore.Request(
        "GET",
        str(url.copy_with(host=address)),
        headers=[("Host", host_header), *_HEADERS.items()],
        extensions={"sni_hostname": host},
    )


def _display(url: httpx.URL, original: str | None = None) -> str:
    """The URL for messages: without user:password, with where a redirect came from."""
    shown = str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)
    return f"{shown} (redirected from {original})" if original else shown


def _inflated(chunks: Iterable[bytes], encoding: str, url: str) -> Iterator[bytes]:
    """The body decoded from its Content-Encoding in pieces of at most _STEP bytes, so an
    809-byte brotli bomb never sits in memory as gigabytes: the caller stops at its cap.
    FetchError for an encoding we did not offer or a damaged body."""
    if encoding in ("", "identity"):
        yield from chunks
    elif encoding == "br":
        import brotli

        unbrotli = brotli.Decompressor()
        try:
            for chunk in chunks:
                yield unbrotli.process(chunk, output_buffer_limit=_STEP)
                while not unbrotli.can_accept_more_data():
                    yield unbrotli.process(b"", output_buffer_limit=_STEP)
        except brotli.error as exc:
            raise FetchError(f"{url}: the br body is damaged ({exc}).") from None
        if not unbrotli.is_finished():
            raise FetchError(f"{url}: the br body is damaged (cut short).")
    elif encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(47)  # a gzip or zlib header, either
        try:
            for chunk in chunks:
                data = chunk
                while True:
                    piece = inflate.decompress(data, _STEP)
                    yield piece
                    data = inflate.unconsumed_tail
                    if not data and len(piece) < _STEP:
                        break
        except zlib.error as exc:
            raise FetchError(f"{url}: the {encoding} body is damaged ({exc}).") from None
        if not inflate.eof:
            raise FetchError(f"{url}: the {encoding} body is damaged (cut short).")
    else:
        raise FetchError(f"{url} is sent with an encoding pl2en does not read ({encoding}).")


def _read_body(
    response: httpcore.Response, headers: httpx.Headers, *, url: str, max_bytes: int
) -> bytes:
    """The body, decoded, refused as soon as it passes max_bytes (whatever the headers
    claim); its raw bytes are read against the deadline by the connection itself."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is {int(declared):,} bytes; the limit is {max_bytes:,} bytes.")
    encoding = headers.get("content-encoding", "").strip().lower()
    chunks: list[bytes] = []
    size = 0
    for piece in _inflated(response.iter_stream(), encoding, url):
        size += len(piece)
        if size > max_bytes:
            raise FetchError(f"{url} is larger than the limit of {max_bytes:,} bytes.")
        chunks.append(piece)
    return b"".join(chunks)


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    message = email.message.Message()
    message["content-type"] = headers.get("content-type", "")
    mime = message.get_content_type() if headers.get("content-type") else ""
    return mime, message.get_content_charset()


def _to_document(
    body: bytes, mime: str, charset: str | None, url: str, final: httpx.URL, limits: ReadLimits
) -> Document:
    """Body -> Document: HTML through the article extractor, PDF/text through the readers."""
    if mime in _TEXT_TYPES or (not mime and not looks_like_html(body[:4096].decode("latin-1"))):
        name = PurePosixPath(final.path).name or "download"
        if mime == "application/pdf" and not name.lower().endswith(".pdf"):
            name += ".pdf"
        try:
            return read_document(name, body, max_bytes=len(body) + 1, limits=limits)
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
    check_chars(len(doc.text), limits)
    return replace(doc, warnings=warnings + doc.warnings) if warnings else doc


def _get(
    pool: httpcore.ConnectionPool,
    url: httpx.URL,
    *,
    allow_private: bool,
    shown: str,
    max_bytes: int,
    deadline: float,
) -> httpx.URL | tuple[bytes, str, str | None]:
    """One hop: where it redirects to, or (body, mime type, charset)."""
    request = _pinned_request(url, allow_private=allow_private, shown=shown, deadline=deadline)
    with pool.stream(
        request.method, request.url, headers=request.headers, extensions=request.extensions
    ) as response:
        headers = httpx.Headers(response.headers)
        status = response.status
        if status in _REDIRECTS:
            location = headers.get("location")
            if not location:
                raise FetchError(f"{shown} redirects without a Location header.")
            try:
                return _parse(str(url.join(location)))
            except (FetchError, httpx.InvalidURL) as exc:
                raise FetchError(f"{shown} redirects to a refused URL: {exc}") from None
        if status >= 400:
            reason = response.extensions.get("reason_phrase", b"").decode("latin-1")
            raise FetchError(f"{shown} returned HTTP {status} ({reason or 'error'}).")
        if status != 200:
            raise FetchError(f"{shown} returned HTTP {status}; expected 200.")
        mime, charset = _content_type(headers)
        if mime and mime not in _HTML_TYPES and mime not in _TEXT_TYPES:
            raise FetchError(f"{shown} is not a web page (content type {mime}).")
        return _read_body(response, headers, url=shown, max_bytes=max_bytes), mime, charset


def fetch_article(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = setting_default("fetch_timeout_s"),
    max_bytes: int = setting_default("fetch_max_bytes"),
    limits: ReadLimits | None = None,
) -> Document:
    """Download `url` and extract the article (title, date, body) as a Document.

    Raises FetchError (one line naming the URL) for: non-http(s) schemes, hosts that do
    not resolve or resolve to non-public addresses (unless allow_private), more than
    MAX_REDIRECTS redirects or a redirect to a refused target, HTTP errors, timeouts
    (one deadline, `timeout` seconds, for name lookups, connecting, headers, body and every
    redirect),
    bodies over max_bytes once decoded, content that is not a web page (PDF and plain
    text are read with the file readers) and pages with no article text; the readers'
    errors for a page over `limits` (None: the environment's settings).
    """
    limits = limits or ReadLimits.from_settings()
    current = _parse(url)
    start = _display(current)
    deadline = time.monotonic() + timeout
    # No keep-alive: a pooled TLS connection is keyed by IP, and must not carry a later
    # hop's request for a different host name over a connection verified for another.
    with httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_keepalive_connections=0,
        network_backend=_DeadlineBackend(deadline),
    ) as pool:
        for hop in range(MAX_REDIRECTS + 1):
            shown = _display(current, start if hop else None)
            try:
                got = _get(
                    pool,
                    current,
                    allow_private=allow_private,
                    shown=shown,
                    max_bytes=max_bytes,
                    deadline=deadline,
                )
            except httpcore.TimeoutException as exc:
                stage = " while looking up its host name" if isinstance(exc, _LookupTimeout) else ""
                raise FetchError(
                    f"Fetching {shown} timed out after {timeout:g} s{stage}."
                ) from None
            except (httpcore.NetworkError, httpcore.ProtocolError, OSError) as exc:
                raise FetchError(f"Cannot fetch {shown}: {exc or type(exc).__name__}") from None
            if isinstance(got, httpx.URL):
                current = got
                continue
            return _to_document(*got, shown, current, limits)
    raise FetchError(f"{start} redirects more than {MAX_REDIRECTS} times.")
