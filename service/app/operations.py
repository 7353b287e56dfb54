"""What an operator needs from the served app, wired in by `install`: /metrics (behind
PL2EN_AUTH, unless Settings.metrics_addr serves it apart), /api/ready, and one ASGI
middleware that gives each request its id (X-Request-ID), counts and times it, writes its
closing log line, and during a shutdown refuses new work (service.app.lifecycle)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Match

from . import logs, metrics
from .lifecycle import CANCELLED, SHUTTING_DOWN, Lifecycle

if TYPE_CHECKING:
    from ..config import Settings
    from .gate import InferenceGate, Pipelines

access = logging.getLogger("service.app.access")

# Answered while shutting down: probes and scrapes, which do no work.
ALWAYS_ANSWERED = frozenset({"/api/health", "/api/ready", "/metrics"})
RETRY_AFTER_S = 5


def install(
    app: FastAPI, settings: Settings, pipelines: Pipelines, gate: InferenceGate, auth: Any
) -> Lifecycle:
    """Add /api/ready, /metrics (with the `auth` dependency) and the middleware to `app`;
    call it before the page is mounted at "/". The Lifecycle is also `app.state.lifecycle`."""
    lifecycle = Lifecycle(settings, pipelines, gate)
    app.state.lifecycle = lifecycle

    @app.get("/api/ready", tags=["api"])
    async def ready() -> JSONResponse:
        """Readiness: 200 when the models are loaded, the queue has room and the server
        is not shutting down; else 503 with the reason. Needs no credentials."""
        reason = lifecycle.not_ready()
        if reason is None:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "not ready", "reason": reason}, status_code=503)

    if settings.metrics_addr is None:

        @app.get("/metrics", dependencies=[auth], include_in_schema=False)
        def scrape() -> Response:
            body, content_type = metrics.exposition(settings)
            return Response(body, media_type=content_type)

    app.add_middleware(ServiceMiddleware, lifecycle=lifecycle, routes=app.router.routes)
    return lifecycle


def _template(scope: dict, routes: list[BaseRoute], default: str) -> str:
    """The route's template (after routing, the page's own routes inside its mount): a
    fixed set, never the request's own path."""
    route = scope.get("route")
    if route is None:
        route = next((r for r in routes if r.matches(scope)[0] is Match.FULL), None)
    return str(getattr(route, "path", "") or default)


class ServiceMiddleware:
    """Request id, metrics, the closing log line and the shutdown's refusals, for every
    HTTP request (see the module docstring)."""

    def __init__(self, app: Any, lifecycle: Lifecycle, routes: list[BaseRoute]):
        self.app, self.lifecycle, self.routes = app, lifecycle, routes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path, method = scope["path"], scope["method"]
        door = "rest" if path.startswith("/api/") or path in ALWAYS_ANSWERED else "page"
        offered = dict(scope["headers"]).get(logs.REQUEST_ID_HEADER.lower().encode(), b"")
        route = _template(scope, self.routes, door)
        info = logs.RequestInfo(logs.request_id(offered.decode("latin-1")), route)
        token = logs.REQUEST.set(info)
        made = metrics.instruments()
        in_flight = made.in_flight.labels(door)
        in_flight.inc()
        started = time.perf_counter()
        sizes = {"request_bytes": 0, "response_bytes": 0}
        state: dict[str, Any] = {"status": 500, "sent": False, "replaced": False}
        lifecycle = self.lifecycle

        async def counted_receive() -> dict:
            message = await receive()
            sizes["request_bytes"] += len(message.get("body", b""))
            return dict(message)

        async def tracked_send(message: dict) -> None:
            if state["replaced"]:
                return
            if message["type"] == "http.response.start":
                if lifecycle.cut and message["status"] >= 400 and path not in ALWAYS_ANSWERED:
                    state["replaced"] = True  # an error caused by the shutdown's cancelling
                    await self._refuse(send, state, sizes, info.id, CANCELLED)
                    return
                state["status"], state["sent"] = message["status"], True
                headers = [*message.get("headers", []), _id_header(info.id)]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                sizes["response_bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            if lifecycle.draining and path not in ALWAYS_ANSWERED:
                made.refusals.labels("shutting_down").inc()
                await self._refuse(send, state, sizes, info.id, SHUTTING_DOWN)
            elif path.startswith("/api/") and method == "POST":
                with lifecycle.work():
                    await self.app(scope, counted_receive, tracked_send)
            else:
                await self.app(scope, counted_receive, tracked_send)
        except asyncio.CancelledError:  # uvicorn's shutdown gave up on this request
            if state["sent"]:
                raise
            await self._refuse(send, state, sizes, info.id, CANCELLED)  # answered: done
        finally:
            seconds = time.perf_counter() - started
            info.route = route = _template(scope, self.routes, route)
            status = state["status"]
            made.requests.labels(door, route, str(status)).inc()
            made.request_seconds.labels(door, route).observe(seconds)
            in_flight.dec()
            access.info(
                "%s %s %d in %.3fs",
                method,
                route,
                status,
                seconds,
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "seconds": round(seconds, 4),
                    **sizes,
                },
            )
            logs.REQUEST.reset(token)

    @staticmethod
    async def _refuse(
        send: Any, state: dict[str, Any], sizes: dict[str, int], request_id: str, message: str
    ) -> None:
        body = json.dumps({"error": message}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(RETRY_AFTER_S).encode()),
            (b"connection", b"close"),
            _id_header(request_id),
        ]
        state["status"], state["sent"] = 503, True
        sizes["response_bytes"] += len(body)
        await send({"type": "http.response.start", "status": 503, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _id_header(request_id: str) -> tuple[bytes, bytes]:
    return logs.REQUEST_ID_HEADER.lower().encode(), request_id.encode()
