"""The web server: one FastAPI app with the Gradio page at "/" and a small REST API.

    POST /api/translate   {"text": ..., "summary_length": "short", "summary": true,
                           "preset": "quality", "glossary": "Kijów\tKyiv"}
                          -> ArticleResult.to_dict(); with "stream": true, NDJSON events
    GET  /api/health      {"status": "ok", ...}

The page and the API share one set of pipelines (models load once, on the first request)
and one inference gate. Up to Settings.queue_size articles run at once, their model calls
merged into shared batches by the engines' BatchingEngine; one more gets "busy, try again"
(REST: 503 with Retry-After) at once.

Logs carry sizes and timings, never the user's text: failures are logged without the
exception's message, and uvicorn's access log without query strings.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import anyio
import gradio as gr
import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel, ConfigDict, Field

from ..config import Settings, export
from ..engines.batching import RequestScope
from ..errors import (
    ConfigError,
)
from ..inputs.readers import DEFAULT_MAX_BYTES
from ..pipeline import StreamEvent
from ..text.glossary import INLINE_MAX_CHARS, Glossary
from . import logs
from .assets import PAGE_CSS, PAGE_JS
from .desk import HISTORY_MAX_CHARS
from .documents_api import install_documents
from .gate import InferenceGate, Pipelines, failure_for, run_article, stream_article
from .lifecycle import serve
from .operations import install
from .outputs import DownloadStore, private_root
from .ui import build_ui

log = logging.getLogger(__name__)

# Worker threads past the queue's (a waiting request holds one): quick answers such as
# "busy", the page's own calls. anyio's default pool has 40 in all.
SPARE_THREADS = 40
UPLOAD_OVERHEAD = 64_000  # a multipart body's headers and boundaries around the file


class TranslateRequest(BaseModel):
    """Body of POST /api/translate."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The Polish article (optionally starting `date YYYY-MM-DD`).")
    summary_length: Literal["short", "medium", "long"] = "short"
    summary: bool = True
    preset: Literal["quality", "fast"] | None = Field(
        default=None, description="None: the server's configured preset."
    )
    glossary: str | None = Field(
        default=None,
        max_length=INLINE_MAX_CHARS,
        description="Glossary entries for this article, over the built-in list and "
        "PL2EN_GLOSSARY: one a line, `polish<TAB>english[<TAB>wrong|variants"
        "[<TAB>also|accepted]]` (or comma-separated). A bad line is a 422 naming it.",
    )
    stream: bool = Field(
        default=False,
        description="Answer NDJSON (application/x-ndjson), one event a line: start, each "
        "paragraph in order, summary, done (with the whole result); a failure after the "
        'start is a last line {"kind": "error", "error": ...}.',
    )


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class BodyLimit:
    """ASGI middleware: a request body over its route's limit gets 413, whether it declares
    a Content-Length or arrives chunked (counted as it comes, never buffered past the
    limit). Every route has one: `api_bytes` for /api/, `page_bytes` for the rest (the
    page's calls carry the article, the glossary and the browser's history), and
    `upload_bytes` for the file uploads: the page's upload route, whose body is not
    buffered here (Gradio streams it to disk and stops at its own file-size limit), and
    POST /api/documents, counted here like any other body."""

    STREAMED = ("/gradio_api/upload",)
    UPLOADS = (*STREAMED, "/api/documents")

    def __init__(self, app: Any, api_bytes: int, page_bytes: int, upload_bytes: int):
        self.app, self.api_bytes = app, api_bytes
        self.page_bytes, self.upload_bytes = page_bytes, upload_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        streamed = path.rstrip("/") in self.STREAMED
        limit = (
            self.upload_bytes
            if path.rstrip("/") in self.UPLOADS
            else self.api_bytes
            if path.startswith("/api/")
            else self.page_bytes
        )
        too_large = _error(413, f"The request body is over {limit:,} bytes.")
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            return await too_large(scope, receive, send)
        if streamed:
            return await self.app(scope, receive, send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return await too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        pending: list[dict] = [
            {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        ]

        async def replay() -> dict:
            return pending.pop() if pending else await receive()

        return await self.app(scope, replay, send)


class RequireAuth:
    """ASGI middleware: with PL2EN_AUTH set, every route but the probes (/api/health,
    /api/ready) needs HTTP Basic credentials or the page's login session (Gradio's
    cookie); only the login form and its static files are open. Gradio itself leaves
    some routes open (cancel, reset, heartbeat, ...) and FastAPI its docs; this closes
    them all, before any body is read."""

    OPEN = re.compile(
        r"/api/(health|ready)|/login/?|/|/(assets|static|svelte)/.*"
        r"|/(favicon\.ico|theme\.css|manifest\.json|robots\.txt)|/pwa_icon(/.*)?"
    )

    def __init__(self, app: Any, expected: tuple[str, str], logged_in: Callable[[dict], bool]):
        self.app, self.expected, self.logged_in = app, expected, logged_in

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or self.OPEN.fullmatch(scope["path"]):
            return await self.app(scope, receive, send)
        request = Request(scope)
        if self._basic_ok(request.headers.get("authorization", "")) or self.logged_in(
            dict(request.cookies)
        ):
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        # The API asks for Basic credentials; the page's own calls get a plain 401, on
        # which it shows its login form (a challenge would pop up the browser's dialog).
        challenge = {"WWW-Authenticate": _CHALLENGE} if scope["path"].startswith("/api/") else None
        denied = _error(401, "Authentication required.", challenge)
        return await denied(scope, receive, send)

    def _basic_ok(self, header: str) -> bool:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return _same((user, password), self.expected)


def _same(given: tuple[str, str], expected: tuple[str, str]) -> bool:
    return secrets.compare_digest(given[0].encode(), expected[0].encode()) & (
        secrets.compare_digest(given[1].encode(), expected[1].encode())
    )


def _gradio_session(app: FastAPI) -> Callable[[dict], bool]:
    """Whether cookies hold a session of the page mounted on `app` (Gradio's login)."""

    def logged_in(cookies: dict) -> bool:
        mounted = (getattr(route, "app", None) for route in app.routes)
        page = next((m for m in mounted if hasattr(m, "tokens")), None)
        if page is None:
            return False
        token = cookies.get(f"access-token-{page.cookie_id}") or cookies.get(
            f"access-token-unsecure-{page.cookie_id}"
        )
        return token is not None and page.tokens.get(token) is not None

    return logged_in


class _NoQueryInAccessLog(logging.Filter):
    """uvicorn's access log prints the request line; drop its query string, the one part
    of it that could carry user text (the API takes text only in the body)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and "?" in str(args[2]):
            record.args = (*args[:2], str(args[2]).split("?", 1)[0] + "?…", *args[3:])
        return True


def _redact_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _NoQueryInAccessLog) for f in access.filters):
        access.addFilter(_NoQueryInAccessLog())


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(settings: Settings) -> str | None:
    """The warning to log when the server listens beyond this machine without auth."""
    if settings.auth is not None or is_loopback(settings.host):
        return None
    return (
        f"pl2en listens on {settings.host} WITHOUT authentication: anyone who can reach "
        "this machine can use it. Set PL2EN_AUTH=user:password, or PL2EN_HOST=127.0.0.1."
    )


_BASIC = HTTPBasic(auto_error=False)
_CHALLENGE = 'Basic realm="pl2en"'


def _basic_auth(expected: tuple[str, str] | None) -> Any:
    """A dependency that checks HTTP Basic credentials (a no-op when auth is off)."""

    def check(credentials: Annotated[HTTPBasicCredentials | None, Depends(_BASIC)]) -> None:
        if expected is None:
            return
        ok = credentials is not None and _same(
            (credentials.username, credentials.password), expected
        )
        if not ok:
            raise HTTPException(
                401, "Authentication required.", headers={"WWW-Authenticate": _CHALLENGE}
            )

    return check


def create_app(
    settings: Settings | None = None,
    *,
    pipelines: Pipelines | None = None,
    gate: InferenceGate | None = None,
    concurrency: int | None = None,
    rest_wait_s: float | None = None,
    queue_size: int | None = None,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
) -> FastAPI:
    """The FastAPI app with the REST routes and the Gradio page mounted at "/".

    pipelines / gate default to new ones (the pipelines' engines batch concurrent calls);
    pass your own to share them (tests use the gate to simulate a busy server).
    queue_size (default settings.queue_size): requests taken at once, page and REST
    together; one more is told "busy" at once (it also bounds the page's Gradio queue).
    concurrency (default: queue_size): how many of them run at once, the rest waiting for
    a slot. rest_wait_s (default settings.queue_timeout_s): a REST request still waiting
    for a slot or a model turn that long after it arrived gets 503.
    `app.state` exposes settings, pipelines, gate and downloads (the DownloadStore).
    """
    settings = settings or Settings.from_env()
    pipelines = pipelines or Pipelines.from_settings(settings, batching=True)
    queue_size = queue_size or settings.queue_size
    concurrency = min(concurrency or queue_size, queue_size)
    rest_wait_s = settings.queue_timeout_s if rest_wait_s is None else rest_wait_s
    gate = gate or InferenceGate(concurrency, max_waiting=queue_size - concurrency)
    store = _downloads()

    app = FastAPI(
        title="pl2en",
        summary="Polish news articles → English translation + summary",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_lifespan(queue_size + SPARE_THREADS, store),
    )
    app.state.settings, app.state.pipelines, app.state.gate = settings, pipelines, gate
    app.state.downloads = store
    _guard(app, settings, max_upload_bytes)
    _answer_errors(app)
    auth = Depends(_basic_auth(settings.auth))
    _install_translate(app, settings, pipelines, gate, rest_wait_s, auth)
    install_documents(app, pipelines, gate, rest_wait_s, auth, max_upload_bytes)
    install(app, settings, pipelines, gate, auth)
    demo = build_ui(
        pipelines,
        gate=gate,
        store=store,
        concurrency=concurrency,
        queue_size=queue_size,
        wait_s=settings.page_wait_s,
        max_upload_bytes=max_upload_bytes,
    )
    return _mount_page(app, demo, settings, max_upload_bytes)


def _downloads() -> DownloadStore:
    """The server's downloads. Gradio keeps uploads and its copies of returned files under
    GRADIO_TEMP_DIR (read as its blocks are made and on every file check): in this
    process's private folder, pruned with the downloads."""
    cache = private_root() / "gradio"
    export("GRADIO_TEMP_DIR", str(cache))
    return DownloadStore(also_prune=(cache,))


def _guard(app: FastAPI, settings: Settings, max_upload_bytes: int) -> None:
    """The limits on what a request may send, the login check, and an access log without
    query strings."""
    # Bodies larger than this cannot hold an acceptable text (4 bytes per UTF-8 char + JSON).
    max_body = settings.max_chars * 4 + 64_000
    # The page's calls: the article and glossary, plus the history the browser keeps
    # (HISTORY_MAX_CHARS characters, up to 4 bytes each, a third more as base64).
    app.add_middleware(
        BodyLimit,
        api_bytes=max_body,
        page_bytes=max_body + 6 * HISTORY_MAX_CHARS,
        upload_bytes=max_upload_bytes + UPLOAD_OVERHEAD,
    )
    if settings.auth is not None:  # outermost: nothing is read for a caller without it
        app.add_middleware(RequireAuth, expected=settings.auth, logged_in=_gradio_session(app))
    _redact_access_log()


def _answer_errors(app: FastAPI) -> None:
    """Every error as JSON {"error": message}, never with a traceback or the input."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg')}"
            for e in exc.errors()
        )
        return _error(422, f"Invalid request: {problems}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A backstop: no traceback or exception text (it may quote the input) in responses.
        return _error(500, "Internal server error; see the server log.")


def _install_translate(
    app: FastAPI,
    settings: Settings,
    pipelines: Pipelines,
    gate: InferenceGate,
    rest_wait_s: float,
    auth: Any,
) -> None:
    """GET /api/health and POST /api/translate."""

    @app.get("/api/health", tags=["api"])
    async def health() -> dict[str, Any]:
        """Liveness: cheap, never loads models, needs no credentials. Async, so it answers
        even when every worker thread is busy or waiting for the inference gate."""
        return {"status": "ok", "models_loaded": pipelines.loaded(), "preset": settings.preset}

    @app.post("/api/translate", tags=["api"], dependencies=[auth])
    def translate(body: TranslateRequest) -> Response:
        """Translate a Polish article and (optionally) summarize it; with "stream": true,
        as NDJSON events while it runs."""
        started = time.perf_counter()
        try:
            return _translate(body, pipelines, gate, rest_wait_s, started)
        except Exception as exc:
            failure = failure_for(exc, "api/translate", len(body.text))
            retry = {"Retry-After": str(failure.retry_after_s)} if failure.retry_after_s else None
            return _error(failure.status, failure.message, retry)


def _translate(
    body: TranslateRequest,
    pipelines: Pipelines,
    gate: InferenceGate,
    rest_wait_s: float,
    started: float,
) -> Response:
    """The whole result as JSON, or (with "stream") the events as NDJSON lines, which log
    when the last is sent."""
    glossary = Glossary.from_text(body.glossary, source="in the request") if body.glossary else None
    options: dict[str, Any] = {
        "preset": body.preset,
        "summary": body.summary,
        "summary_length": body.summary_length,
        "glossary": glossary,
    }
    if body.stream:
        request = RequestScope(rest_wait_s)
        events = stream_article(pipelines, gate, rest_wait_s, body.text, scope=request, **options)
        return EventStream(_ndjson(events, len(body.text), started), request)
    result = run_article(pipelines, gate, rest_wait_s, body.text, **options)
    log.info("api/translate: %d characters in %.2fs", len(body.text), time.perf_counter() - started)
    return JSONResponse(result.to_dict())


def _mount_page(
    app: FastAPI, demo: gr.Blocks, settings: Settings, max_upload_bytes: int
) -> FastAPI:
    """The Gradio page at "/", after every other route (it takes whatever they do not)."""
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        auth=settings.auth,
        server_name=settings.host,
        server_port=settings.port,
        max_file_size=max_upload_bytes,
        show_error=True,
        theme=gr.themes.Soft(),
        css=PAGE_CSS,
        js=PAGE_JS,
        footer_links=["api", "gradio"],
    )


def _lifespan(
    count: int, store: DownloadStore
) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager]:
    """A lifespan that lets the thread pool (sync routes, Gradio's calls) hold `count`
    threads, so every request the queue takes can wait in one, and removes the server's
    downloads when it stops (the process's private folder goes at exit)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = max(limiter.total_tokens, count)
        try:
            yield
        finally:
            store.close()

    return lifespan


class EventStream(StreamingResponse):
    """NDJSON lines of one article's events. When the client goes away, the request is
    cancelled at once (its model work stops at the next engine call) and the lines are
    closed, which frees its inference slot; a plain StreamingResponse would leave them
    suspended, holding the slot until garbage collection finds them."""

    def __init__(self, lines: Generator[str, None, None], request: RequestScope):
        super().__init__(lines, media_type="application/x-ndjson")
        self._lines, self._request = lines, request

    async def listen_for_disconnect(self, receive: Any) -> None:
        await super().listen_for_disconnect(receive)
        self._request.cancel()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._request.cancel()
            with anyio.CancelScope(shield=True):  # no step runs now: closing is safe
                await anyio.to_thread.run_sync(self._lines.close)


def _ndjson(
    events: Generator[StreamEvent, None, None], characters: int, started: float
) -> Generator[str, None, None]:
    """One JSON object a line per event; a failure mid-stream ends with an error line
    (the status code is already sent). Closing the response closes the events, which
    frees the inference gate."""
    try:
        for event in events:
            yield json.dumps(event.to_dict(), ensure_ascii=False) + "\n"
    except Exception as exc:
        failure = failure_for(exc, "api/translate", characters)
        yield json.dumps({"kind": "error", "error": failure.message}, ensure_ascii=False) + "\n"
        return
    finally:
        events.close()
    log.info(
        "api/translate (stream): %d characters in %.2fs", characters, time.perf_counter() - started
    )


@dataclass
class Running:
    """A server started by `serve_in_thread` (tests, notebooks)."""

    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self, timeout: float = 10.0, grace: float = 2.0) -> None:
        self.server.should_exit = True
        self.thread.join(grace)
        if self.thread.is_alive():  # open event streams (Gradio's SSE) never end by themselves
            self.server.force_exit = True
            self.thread.join(timeout)


def serve_in_thread(
    app: FastAPI,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout: float = 30.0,
    log_level: str = "warning",
) -> Running:
    """Start uvicorn in a daemon thread (port 0: a free port) and wait until it listens."""
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="pl2en-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    bound = server.servers[0].sockets[0].getsockname()[1]
    return Running(f"http://{host}:{bound}", server, thread)


def main() -> None:
    """`python app.py`: serve the page and the API on settings.host:settings.port."""
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise SystemExit(f"pl2en: {exc}") from None
    logs.configure(settings)
    warning = exposure_warning(settings)
    if warning:
        log.warning(warning)
    from ..hub.download import ensure_models

    ensure_models(settings, progress=True, watch=True)  # first run: fetch what's missing
    app = create_app(settings)
    where = f"http://{settings.host}:{settings.port}"
    print(f"pl2en: serving the page at {where}/ and the API at {where}/api/translate", flush=True)
    serve(app, settings, app.state.lifecycle)
