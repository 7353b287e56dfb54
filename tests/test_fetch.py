"""service.fetch against a local http.server (no internet).

The server listens on 127.0.0.1, which the fetcher refuses by default; tests that need a
"public" host monkeypatch the checked resolver so that `public.test` maps to the local
server while every other host (127.0.0.1 in a redirect, say) is still checked for real.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from service.config import Settings
from service.errors import FetchError, Pl2enError
from service.inputs import fetch
from service.inputs.fetch import fetch_article, is_public_address

PARAGRAPHS = [
    "Gdańscy radni zdecydowali w czwartek o przebudowie Długiego Targu. Prace mają "
    "potrwać dwa lata i objąć także sąsiednie uliczki.",
    "Miasto obiecuje, że turyści nie odczują utrudnień w sezonie letnim. Najcięższe roboty "
    "zaplanowano na jesień i zimę.",
    "Przedsiębiorcy z okolicy są sceptyczni. Obawiają się spadku obrotów i apelują o ulgi "
    "w czynszach za lokale miejskie.",
]

ARTICLE = (
    "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'>"
    "<title>Przebudowa Długiego Targu | Dziennik Testowy</title>"
    "<meta property='og:title' content='Przebudowa Długiego Targu'>"
    "<meta property='article:published_time' content='2024-06-20T09:00:00+02:00'>"
    "</head><body><nav><ul><li><a href='/'>Strona główna</a></li>"
    "<li><a href='/sport'>Sport i rekreacja</a></li></ul></nav><main><article>"
    "<h1>Przebudowa Długiego Targu</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></main><footer><p>Regulamin serwisu i polityka cookies</p></footer>"
    "</body></html>"
)
NAV_ONLY = (
    "<!DOCTYPE html><html><head><title>Pusto</title></head><body><nav><ul>"
    "<li><a href='/'>Strona główna</a></li><li><a href='/kraj'>Kraj</a></li></ul></nav>"
    "</body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
HUGE = 200_000
HUGE_PAGE = ARTICLE.replace("</body>", "<!--" + "x" * HUGE + "--></body>").encode()


def _brotli(data: bytes) -> bytes:
    import brotli

    return bytes(brotli.compress(data))


ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": _brotli,
    "identity": lambda data: data,
}


class Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []  # request headers, for assertions

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # the client may have given up already (timeout and size-limit tests)
        with contextlib.suppress(ConnectionError):
            self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: C901 - a routing table
        Handler.seen.append({k.lower(): v for k, v in self.headers.items()} | {"path": self.path})
        port = self.server.server_address[1]
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE.encode(), "text/html; charset=utf-8")
        elif path == "/article-cp1250":
            self._send(200, ARTICLE.replace("utf-8", "windows-1250").encode("cp1250"), "text/html")
        elif path == "/plain":
            self._send(200, "\n\n".join(PARAGRAPHS).encode(), "text/plain; charset=utf-8")
        elif path == "/404":
            self._send(404, b"<html><body>Nie ma</body></html>", "text/html")
        elif path == "/500":
            self._send(500, b"oops", "text/plain")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, ARTICLE.encode(), "text/html")
        elif path == "/huge":
            self._send(200, HUGE_PAGE, "text/html")
        elif path == "/huge-stream":  # no Content-Length: only streaming can stop it
            self._send(200, HUGE_PAGE, "text/html", length=False)
        elif path.startswith("/encoded/"):  # /encoded/gzip, /encoded/br, ...
            encoding = path.rsplit("/", 1)[1]
            body = ENCODERS.get(encoding, lambda b: b)(ARTICLE.encode())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/slow-redirect":  # each hop takes 0.4 s
            time.sleep(0.4)
            self._redirect("/slow-redirect")
        elif path == "/image":
            self._send(200, PNG, "image/png")
        elif path == "/nav-only":
            self._send(200, NAV_ONLY.encode(), "text/html")
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect(f"/redirect/{n - 1}" if n > 1 else "/article", 301 if n % 2 else 307)
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-loopback":
            self._redirect(f"http://127.0.0.1:{port}/article")
        elif path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        else:
            self._send(404, b"", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture()
def public(server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """'public.test:PORT' counts as public and connects to the local server; every other
    host still goes through the real resolver and address check."""
    real = fetch._resolve_checked

    def fake(host: str, port: int, **checks: Any) -> str:
        if host == "public.test":
            return "127.0.0.1"
        return real(host, port, **checks)

    monkeypatch.setattr(fetch, "_resolve_checked", fake)
    return "public.test:" + server.split(":")[1]


# ------------------------------------------------------------------------- classifier


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "127.0.0.1",
        "127.1.2.3",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",  # carrier-grade NAT
        "224.0.0.1",  # multicast
        "239.255.255.250",
        "240.0.0.1",  # reserved
        "255.255.255.255",
        "192.0.2.1",  # documentation
        "198.18.0.1",  # benchmarking
        "::1",
        "::",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "fec0::1",  # site-local (deprecated)
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 wrapping 10.0.0.1
        "2001:db8::1",  # documentation
        "not an ip",
    ],
)
def test_non_public_addresses(address: str):
    assert is_public_address(address) is False


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "8.8.8.8", "1.1.1.1", "212.77.98.9", "2606:4700::1", "2a00:1450:4001::200e",
     "::ffff:93.184.216.34"],
)  # fmt: skip
def test_public_addresses(address: str):
    assert is_public_address(address) is True


# ------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/artykul.html",
        "javascript:alert(1)",
        "data:text/html,<p>x</p>",
        "gopher://example.com/",
    ],
)
def test_non_http_schemes_refused(url: str):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_article(url)


@pytest.mark.parametrize("url", ["", "http://", "not a url at all"])
def test_invalid_urls(url: str):
    with pytest.raises(FetchError):
        fetch_article(url)


def test_loopback_refused_by_default(server: str):
    before = len(Handler.seen)
    with pytest.raises(FetchError, match=r"private or local address \(127\.0\.0\.1\)") as exc:
        fetch_article(f"http://{server}/article")
    assert f"http://{server}/article" in str(exc.value)
    assert "\n" not in str(exc.value)
    assert len(Handler.seen) == before  # refused before connecting


@pytest.mark.parametrize(
    "url",
    ["http://localhost/", "http://[::1]/", "http://2130706433/", "http://0.0.0.0/"],
)
def test_other_spellings_of_local_refused(url: str):
    with pytest.raises(FetchError, match="private or local"):
        fetch_article(url)


def test_credentials_in_url_not_repeated_in_messages(server: str):
    with pytest.raises(FetchError) as exc:
        fetch_article(f"http://jan:tajne@{server}/article")
    assert "tajne" not in str(exc.value)


def test_any_private_address_among_several_refuses(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fetch, "_resolve", lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with pytest.raises(FetchError, match=r"10\.0\.0\.7"):
        fetch_article("http://rebind.example/")


def test_unresolvable_host(monkeypatch: pytest.MonkeyPatch):
    def fail(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    monkeypatch.setattr(fetch, "_resolve", fail)
    with pytest.raises(FetchError, match="Cannot resolve.*nowhere.invalid"):
        fetch_article("http://nowhere.invalid/")


@pytest.fixture()
def stuck_lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """A name server that answers only when the test ends (or after 10 s)."""
    answer = threading.Event()

    def slow(host: str, port: int) -> list[str]:
        answer.wait(10)
        return ["93.184.216.34"]

    monkeypatch.setattr(fetch, "_resolve", slow)
    yield answer
    answer.set()


def test_a_slow_name_lookup_is_inside_the_deadline(stuck_lookups: threading.Event):
    from service.inputs.source import load_document

    start = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1 s while looking up its host"):
        load_document(url="http://slow-dns.example/", settings=Settings(fetch_timeout_s=1))
    assert time.monotonic() - start < 2


def test_stuck_lookups_hold_a_bounded_number_of_threads(stuck_lookups: threading.Event):
    for _ in range(12):
        with pytest.raises(FetchError, match="while looking up its host"):
            fetch_article("http://slow-dns.example/", timeout=0.1)
    lookups = [t for t in threading.enumerate() if t.name == "pl2en-lookup"]
    assert 1 <= len(lookups) <= 8


# ------------------------------------------------------------------------- fetching


def test_article_allowed_with_allow_private(server: str):
    doc = fetch_article(f"http://{server}/article", allow_private=True)
    assert doc.kind == "html"
    assert doc.title == "Przebudowa Długiego Targu"
    assert doc.date == "2024-06-20"
    body = doc.text.split("\n\n")
    for p in PARAGRAPHS:
        assert p in body
    for junk in ("Strona główna", "Sport i rekreacja", "Regulamin"):
        assert junk not in doc.text
    assert Handler.seen[-1]["user-agent"].startswith("pl2en/0.1")


def test_public_host_is_pinned_to_checked_address(public: str):
    doc = fetch_article(f"http://{public}/article")
    assert PARAGRAPHS[0] in doc.text
    # connected to the address we checked, but the server saw the real host name
    assert Handler.seen[-1]["host"] == public


def test_legacy_charset_without_header(public: str):
    doc = fetch_article(f"http://{public}/article-cp1250")
    assert PARAGRAPHS[1] in doc.text


def test_plain_text_is_read_as_text(public: str):
    doc = fetch_article(f"http://{public}/plain")
    assert doc.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors(public: str, status: int):
    with pytest.raises(FetchError, match=rf"/{status} returned HTTP {status}"):
        fetch_article(f"http://{public}/{status}")


def test_timeout(public: str):
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"/slow timed out after 0\.5 s"):
        fetch_article(f"http://{public}/slow", timeout=0.5)
    assert time.monotonic() - start < 1.8


def test_one_deadline_covers_every_redirect(public: str):
    """Each hop is quick enough for a per-request timeout; together they are not."""
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1 s"):
        fetch_article(f"http://{public}/slow-redirect", timeout=1)
    assert time.monotonic() - start < 1.6


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_compressed_pages_are_decoded(public: str, encoding: str):
    doc = fetch_article(f"http://{public}/encoded/{encoding}")
    assert all(paragraph in doc.text for paragraph in PARAGRAPHS)
    assert Handler.seen[-1]["accept-encoding"] == "gzip, deflate, br"


def test_encodings_we_did_not_offer_are_refused(public: str):
    with pytest.raises(FetchError, match=r"an encoding pl2en does not read \(zstd\)"):
        fetch_article(f"http://{public}/encoded/zstd")


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
@pytest.mark.parametrize("damage", ["cut", "garbled"])
def test_a_damaged_compressed_body_is_a_fetch_error(
    public: str, monkeypatch: pytest.MonkeyPatch, encoding: str, damage: str
):
    """Never a silently shortened article: a body cut short or garbled is an error."""
    encode = ENCODERS[encoding]

    def damaged(data: bytes) -> bytes:
        body = encode(data)
        return body[: len(body) // 2] if damage == "cut" else body[:-8] + b"\xff" * 8

    monkeypatch.setitem(ENCODERS, encoding, damaged)
    with pytest.raises(FetchError, match=f"the {encoding} body is damaged"):
        fetch_article(f"http://{public}/encoded/{encoding}")


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_size_limit(public: str, path: str):
    with pytest.raises(FetchError, match="limit.*50,000 bytes"):
        fetch_article(f"http://{public}{path}", max_bytes=50_000)
    doc = fetch_article(f"http://{public}{path}", max_bytes=len(HUGE_PAGE))
    assert PARAGRAPHS[0] in doc.text


def test_non_html_content_refused(public: str):
    with pytest.raises(FetchError, match=r"not a web page \(content type image/png\)"):
        fetch_article(f"http://{public}/image")


def test_page_without_article_text(public: str):
    with pytest.raises(FetchError, match="No article text found"):
        fetch_article(f"http://{public}/nav-only")


def test_redirect_chain_followed(public: str):
    doc = fetch_article(f"http://{public}/redirect/5")
    assert PARAGRAPHS[2] in doc.text
    assert [h["path"] for h in Handler.seen[-6:]] == [
        "/redirect/5",
        "/redirect/4",
        "/redirect/3",
        "/redirect/2",
        "/redirect/1",
        "/article",
    ]


def test_too_many_redirects(public: str):
    with pytest.raises(FetchError, match="more than 5"):
        fetch_article(f"http://{public}/redirect/6")
    with pytest.raises(FetchError, match="more than 5"):
        fetch_article(f"http://{public}/loop")


def test_redirect_to_loopback_refused(public: str):
    before = len(Handler.seen)
    with pytest.raises(FetchError, match=r"Refusing http://127\.0\.0\.1:\d+/article") as exc:
        fetch_article(f"http://{public}/to-loopback")
    assert [h["path"] for h in Handler.seen[before:]] == ["/to-loopback"]  # never followed
    assert f"redirected from http://{public}/to-loopback" in str(exc.value)


def test_redirect_to_metadata_service_refused(public: str):
    with pytest.raises(FetchError, match=r"169\.254\.169\.254"):
        fetch_article(f"http://{public}/to-metadata")


def test_redirect_to_file_scheme_refused(public: str):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_article(f"http://{public}/to-file")


def test_redirect_to_loopback_allowed_with_allow_private(server: str):
    doc = fetch_article(f"http://{server}/to-loopback", allow_private=True)
    assert PARAGRAPHS[0] in doc.text


def test_fetch_errors_are_pl2en_errors():
    with pytest.raises(Pl2enError):
        fetch_article("file:///etc/passwd")


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, str]]:
    """An HTTPS server for `localhost` with a self-signed certificate: (port, its CA file)."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd.server_address[1], str(cert)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_https_checks_the_certificate_for_the_host_name(
    tls_server: tuple[int, str], monkeypatch: pytest.MonkeyPatch
):
    """The connection goes to the checked address, the certificate is checked for the
    URL's host (SNI): localhost's certificate, reached at 127.0.0.1."""
    import ssl

    port, ca = tls_server
    monkeypatch.setattr(fetch, "_resolve", lambda host, port: ["127.0.0.1"])  # not ::1
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
        fetch_article(f"https://localhost:{port}/article", allow_private=True)
    monkeypatch.setattr(
        fetch.httpx, "create_ssl_context", lambda **_: ssl.create_default_context(cafile=ca)
    )
    doc = fetch_article(f"https://localhost:{port}/article", allow_private=True)
    assert PARAGRAPHS[0] in doc.text
    with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|IP address mismatch"):
        fetch_article(f"https://127.0.0.1:{port}/article", allow_private=True)
