"""The server's log lines: a request id in every line of a request (a context variable, so
it follows the request into worker threads), and PL2EN_LOG_FORMAT=json for one JSON object
a line. Lines carry sizes, timings, routes and model names, never the user's text: an
exception is logged as its type and traceback frames, without its message (which may
quote the input)."""

from __future__ import annotations

import json
import logging
import re
import traceback
import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..config import Settings

REQUEST_ID_HEADER = "X-Request-ID"
# A caller's (or proxy's) id is kept when it is short and plain; else a new one is made.
_GOOD_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Record attributes a JSON line carries when a call sets them (logging's `extra=`).
FIELDS = (
    "route",
    "method",
    "status",
    "seconds",
    "request_bytes",
    "response_bytes",
    "characters",
    "model",
)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"


@dataclass
class RequestInfo:
    """What every line of one request carries; `fields` fills in as the request runs
    (the model that answered it, say)."""

    id: str
    route: str
    fields: dict[str, Any] = field(default_factory=dict)


REQUEST: ContextVar[RequestInfo | None] = ContextVar("pl2en_request", default=None)


def request_id(offered: str | None) -> str:
    if offered and _GOOD_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


def note(**values: Any) -> None:
    """Add fields to the current request's lines (its closing line shows them)."""
    info = REQUEST.get()
    if info is not None:
        info.fields.update(values)


class RequestContext(logging.Filter):
    """Puts the current request's id (and route) on every record that passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        info = REQUEST.get()
        record.request_id = info.id if info else "-"
        if info is not None:
            if not hasattr(record, "route"):
                record.route = info.route
            for key, value in info.fields.items():
                if not hasattr(record, key):
                    setattr(record, key, value)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, request id and
    the FIELDS a record has; an exception as its type and frames only."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, timezone.utc)
        line: dict[str, Any] = {
            "time": when.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        line.update({k: getattr(record, k) for k in FIELDS if hasattr(record, k)})
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__
            line["frames"] = "".join(traceback.format_tb(record.exc_info[2])).rstrip()
        return json.dumps(line, ensure_ascii=False, default=str)


def configure(settings: Settings, level: int = logging.INFO) -> None:
    """A stderr handler on the root logger in the configured format, with the request
    context; uvicorn's loggers go through it too. Like logging.basicConfig, it leaves a
    root logger that already has handlers (an embedding program's, pytest's) alone."""
    root = logging.getLogger()
    root.setLevel(level)
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.addFilter(RequestContext())
        json_lines = settings.log_format == "json"
        handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(TEXT_FORMAT))
        root.addHandler(handler)
        logging.captureWarnings(json_lines)  # a library's warning is a JSON line too
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        uvicorn_logger = logging.getLogger(name)
        uvicorn_logger.handlers.clear()
        uvicorn_logger.propagate = True
