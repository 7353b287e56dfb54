"""POST /api/documents: a .docx, .md, .html or .pdf file in (multipart), the same kind of
document in English out (a PDF as .docx; `bilingual` gives the review .docx; `with_summary`
puts the English summary first, under "Summary"). Same auth,
body limit, inference gate and error answers as POST /api/translate.

    curl -F file=@komunikat.docx http://127.0.0.1:7860/api/documents -o komunikat.en.docx

The answer's headers count the result's warnings (X-Pl2en-Warnings) and say what became of
the inline formatting (X-Pl2en-Formatting: "whole=3 identical=2 ... dropped=1"); with
`report=true` the answer is JSON instead: the file base64-encoded, its name and the full
result (warnings, segments and their checks, stats).
"""

from __future__ import annotations

import base64
import logging
import time
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, UploadFile
from fastapi.responses import JSONResponse, Response

from ..inputs.readers.dispatch import DEFAULT_MAX_BYTES
from .gate import InferenceGate, Pipelines, failure_for, run_whole

log = logging.getLogger(__name__)


def download_name(name: str, bilingual: bool) -> str:
    """The English file's name (see output_name), ASCII only, so it is safe in a header."""
    from ..documents import output_name

    english = output_name(name, bilingual=bilingual)
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in english)


def install_documents(
    app: FastAPI,
    pipelines: Pipelines,
    gate: InferenceGate,
    wait_s: float,
    auth: Any,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> None:
    """Add POST /api/documents to `app`."""
    from ..documents import translate_file

    @app.post("/api/documents", tags=["api"], dependencies=[auth])
    def documents(
        file: Annotated[UploadFile, File(description="A .docx, .md, .html or .pdf file")],
        bilingual: Annotated[bool, Form()] = False,
        with_summary: Annotated[bool, Form()] = False,
        preset: Annotated[str | None, Form()] = None,
        report: Annotated[bool, Form()] = False,
    ) -> Response:
        """Translate a document into the same kind of document (a PDF into .docx)."""
        started = time.perf_counter()
        data = file.file.read(max_bytes + 1)
        name = file.filename or "document"
        try:
            out = run_whole(
                pipelines,
                gate,
                wait_s,
                preset,
                lambda pipeline: translate_file(
                    pipeline,
                    name,
                    data,
                    bilingual=bilingual,
                    with_summary=with_summary,
                    max_bytes=max_bytes,
                ),
                lambda document: document.result,
            )
        except Exception as exc:
            failure = failure_for(exc, "api/documents", len(data))
            retry = {"Retry-After": str(failure.retry_after_s)} if failure.retry_after_s else None
            return JSONResponse(
                {"error": failure.message}, status_code=failure.status, headers=retry
            )
        log.info("api/documents: %d bytes in %.2fs", len(data), time.perf_counter() - started)
        filename = download_name(name, bilingual)
        if report:
            return JSONResponse(
                {
                    "filename": filename,
                    "media_type": out.media_type,
                    "file_base64": base64.b64encode(out.data).decode("ascii"),
                    "result": out.result.to_dict(),
                }
            )
        counts = out.result.stats.get("formatting", {})
        headers = {
            "Content-Disposition": f'attachment; filename="{filename}"',
            "X-Pl2en-Warnings": str(len(out.result.warnings)),
            "X-Pl2en-Formatting": " ".join(f"{k}={v}" for k, v in counts.items()),
        }
        return Response(out.data, media_type=out.media_type, headers=headers)
