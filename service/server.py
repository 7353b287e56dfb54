"""The web server: one FastAPI app with the Gradio page at "/" and a small REST API.

    POST /api/translate   {"text": ..., "summary_length": "short", "summary": true,
                           "preset": "quality"}  -> ArticleResult.to_dict()
    GET  /api/health      {"status": "ok", ...}

The page and the API share one set of pipelines (models load once, on the first request)
and one inference gate (one article at a time by default: torch already uses every core).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import gradio as gr
import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel, ConfigDict, Field

from .config import Settings
from .errors import (
    ConfigError,
    EmptyInputError,
    InputTooLongError,
    ModelUnavailableError,
    NotPolishError,
    Pl2enError,
    UnsupportedInputError,
)
from .readers import DEFAULT_MAX_BYTES
from .ui import BusyError, DownloadStore, InferenceGate, Pipelines, build_ui

log = logging.getLogger(__name__)

REST_WAIT_S = 30.0  # how long a REST request waits for a free slot before 503

# Status codes for the errors a caller can act on; anything else derived from
# Pl2enError is a 400.
STATUS = (
    (InputTooLongError, 413),
    (EmptyInputError, 400),
    (ConfigError, 422),
    (UnsupportedInputError, 422),
    (NotPolishError, 422),
    (ModelUnavailableError, 503),
    (BusyError, 503),
)


class TranslateRequest(BaseModel):
    """Body of POST /api/translate."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The Polish article (optionally starting `date YYYY-MM-DD`).")
    summary_length: Literal["short", "medium", "long"] = "short"
    summary: bool = True
    preset: Literal["quality", "fast"] | None = Field(
        default=None, description="None: the server's configured preset."
    )


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def status_for(exc: Pl2enError) -> int:
    for kind, code in STATUS:
        if isinstance(exc, kind):
            return code
    return 400


_BASIC = HTTPBasic(auto_error=False)


def _basic_auth(expected: tuple[str, str] | None) -> Any:
    """A dependency that checks HTTP Basic credentials (a no-op when auth is off)."""

    def check(credentials: Annotated[HTTPBasicCredentials | None, Depends(_BASIC)]) -> None:
        if expected is None:
            return
        ok = credentials is not None and (
            secrets.compare_digest(credentials.username.encode(), expected[0].encode())
            & secrets.compare_digest(credentials.password.encode(), expected[1].encode())
        )
        if not ok:
            raise HTTPException(401, "Authentication required.",
                                headers={"WWW-Authenticate": 'Basic realm="pl2en"'})

    return check


def create_app(
    settings: Settings | None = None,
    *,
    pipelines: Pipelines | None = None,
    gate: InferenceGate | None = None,
    concurrency: int = 1,
    rest_wait_s: float = REST_WAIT_S,
) -> FastAPI:
    """The FastAPI app with the REST routes and the Gradio page mounted at "/".

    pipelines / gate default to new ones; pass your own to share them (tests use the gate
    to simulate a busy server). `app.state` exposes settings, pipelines and gate.
    """
    settings = settings or Settings.from_env()
    pipelines = pipelines or Pipelines.from_settings(settings)
    gate = gate or InferenceGate(concurrency)
    # Bodies larger than this cannot hold an acceptable text (4 bytes per UTF-8 char + JSON).
    max_body = settings.max_chars * 4 + 64_000

    app = FastAPI(title="pl2en", summary="Polish news articles → English translation + summary",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.settings, app.state.pipelines, app.state.gate = settings, pipelines, gate
    auth = Depends(_basic_auth(settings.auth))

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

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        # Only the API: the Gradio routes stream and check their own upload limit.
        if request.url.path.startswith("/api/"):
            size = request.headers.get("content-length", "")
            if size.isdigit() and int(size) > max_body:
                return _error(413, f"The request body is over {max_body:,} bytes.")
        return await call_next(request)

    @app.get("/api/health", tags=["api"])
    def health() -> dict[str, Any]:
        """Liveness: cheap, never loads models, needs no credentials."""
        return {"status": "ok", "models_loaded": pipelines.loaded(),
                "preset": settings.preset}

    @app.post("/api/translate", tags=["api"], dependencies=[auth])
    def translate(body: TranslateRequest) -> JSONResponse:
        """Translate a Polish article and (optionally) summarize it."""
        started = time.perf_counter()
        try:
            with gate.slot(rest_wait_s):
                result = pipelines.get(body.preset).run(
                    body.text, summary=body.summary, summary_length=body.summary_length
                )
        except BusyError as exc:
            return _error(503, str(exc), {"Retry-After": "10"})
        except Pl2enError as exc:
            return _error(status_for(exc), str(exc))
        except Exception:
            # The operator gets the traceback (never the text); the caller a plain message.
            log.exception("api/translate failed (%d characters)", len(body.text))
            return _error(500, "Internal error while translating; see the server log.")
        log.info("api/translate: %d characters in %.2fs", len(body.text),
                 time.perf_counter() - started)
        return JSONResponse(result.to_dict())

    demo = build_ui(pipelines, gate=gate, store=DownloadStore(), concurrency=concurrency)
    return gr.mount_gradio_app(
        app, demo, path="/", auth=settings.auth, server_name=settings.host,
        server_port=settings.port, max_file_size=DEFAULT_MAX_BYTES, show_error=True,
        theme=gr.themes.Soft(), css=_css(), footer_links=["api", "gradio"],
    )


def _css() -> str:
    from .ui import CSS

    return CSS


@dataclass
class Running:
    """A server started by `serve_in_thread` (tests, notebooks)."""

    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0,
                    timeout: float = 30.0) -> Running:
    """Start uvicorn in a daemon thread (port 0: a free port) and wait until it listens."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
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
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise SystemExit(f"pl2en: {exc}") from None
    app = create_app(settings)
    where = f"http://{settings.host}:{settings.port}"
    print(f"pl2en: serving the page at {where}/ and the API at {where}/api/translate", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
