"""A local stand-in for the Hugging Face Hub, enough for `huggingface_hub.snapshot_download`.

It answers what huggingface_hub 2.x asks (checked against the installed version's code):

    GET  /api/models/{repo}                  model_info at main: "sha" and "siblings"
    GET  /api/models/{repo}/revision/{rev}   model_info at a branch or commit
    GET  /api/models/{repo}/tree/{rev}       the recursive file listing snapshot_download uses
    HEAD /{repo}/resolve/{rev}/{file}        X-Repo-Commit, ETag, Content-Length; LFS files
                                             also X-Linked-Etag / X-Linked-Size (sha256, size)
    GET  /{repo}/resolve/{rev}/{file}        the bytes; `Range: bytes=N-` gives a 206

Errors carry the Hub's X-Error-Code (RepoNotFound, RevisionNotFound, EntryNotFound) so the
client raises the same exception types. Repos are "org/name" ids; `publish` adds a revision
(a new commit sha that becomes main). Every request is logged (`requests`, `gets`), and a
file's response can be cut once (`cut_once`: the client retries, with a Range request from
what it has written, i.e. past huggingface_hub's 10 MiB write chunks) or held mid-file
(`stall`: the test kills the downloader while it waits).

How tests point huggingface_hub at it: the library copies HF_ENDPOINT and HF_HUB_OFFLINE into
module constants when first imported (several more are derived from them then: URL
templates, HfApi's default endpoint), and tests/conftest.py imports it offline before any
test runs. Patching those constants in-process would have to track every derived one, per
library version. So downloads run in a subprocess whose environment `env()` builds:
HF_ENDPOINT pointing here, the offline flags removed, progress bars off. The test process
stays offline and loads what the subprocess wrote, as the app would.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Stored in git LFS on the Hub (so HEAD answers with X-Linked-Etag / X-Linked-Size).
LFS_SUFFIXES = (".bin", ".safetensors", ".h5", ".msgpack", ".ot", ".zip", ".spm", ".onnx")


@dataclass
class Request:
    method: str
    repo_id: str
    path: str  # a file name, or "api" / "tree" for the listings
    range_start: int = 0
    complete: bool = False  # the whole body was sent


@dataclass
class _Revision:
    sha: str
    files: dict[str, bytes]


@dataclass
class _Repo:
    revisions: list[_Revision] = field(default_factory=list)

    def at(self, rev: str) -> _Revision | None:
        if rev == "main":
            return self.revisions[-1]
        return next((r for r in self.revisions if r.sha == rev), None)


def _lfs(name: str) -> bool:
    return name.endswith(LFS_SUFFIXES)


def _git_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _etag(name: str, data: bytes) -> str:
    """sha256 for LFS files, the git blob sha1 otherwise, as on the Hub."""
    return hashlib.sha256(data).hexdigest() if _lfs(name) else _git_oid(data)


def read_folder(folder: Path) -> dict[str, bytes]:
    """A repo's files from a local folder (relative posix paths -> bytes)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class HubDouble:
    """Start with `with HubDouble() as hub:`; `hub.url` is the endpoint (on `port`, or a
    free one)."""

    def __init__(self, port: int = 0) -> None:
        self.repos: dict[str, _Repo] = {}
        self.requests: list[Request] = []
        self._cuts: dict[tuple[str, str], int] = {}
        self._stalls: dict[tuple[str, str], tuple[int, threading.Event]] = {}
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HubDouble:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    # -- content ------------------------------------------------------------------------
    def publish(self, repo_id: str, files: dict[str, bytes] | Path) -> str:
        """Add a revision of `repo_id` (it becomes main); returns its commit sha."""
        files = read_folder(files) if isinstance(files, Path) else dict(files)
        with self._lock:
            repo = self.repos.setdefault(repo_id, _Repo())
            digest = hashlib.sha1(f"{repo_id}#{len(repo.revisions)}".encode())
            for name in sorted(files):
                digest.update(name.encode() + b"\0" + hashlib.sha1(files[name]).digest())
            repo.revisions.append(_Revision(digest.hexdigest(), files))
            return digest.hexdigest()

    def sha(self, repo_id: str) -> str:
        """The commit main points at."""
        return self.repos[repo_id].revisions[-1].sha

    def files(self, repo_id: str, rev: str = "main") -> dict[str, bytes]:
        revision = self.repos[repo_id].at(rev)
        assert revision is not None
        return revision.files

    # -- faults -------------------------------------------------------------------------
    def cut_once(self, repo_id: str, name: str, after: int) -> None:
        """The next GET of `name` sends `after` bytes, then drops the connection."""
        self._cuts[(repo_id, name)] = after

    def stall(self, repo_id: str, name: str, after: int) -> threading.Event:
        """GETs of `name` send `after` bytes, then hang until `release()`; the returned
        event is set once a GET is hanging."""
        event = threading.Event()
        self._stalls[(repo_id, name)] = (after, event)
        return event

    def release(self) -> None:
        """End the stalls (hanging responses are dropped) and serve normally again."""
        self._stalls.clear()
        self._release.set()

    # -- what was asked -----------------------------------------------------------------
    def gets(self, repo_id: str | None = None) -> Counter[tuple[str, str]]:
        """(repo, file) -> number of GETs of the file's bytes."""
        return Counter(
            (r.repo_id, r.path)
            for r in list(self.requests)
            if r.method == "GET" and r.path not in ("api", "tree") and repo_id in (None, r.repo_id)
        )

    def touched(self, repo_id: str) -> set[str]:
        """Every file of `repo_id` that got a HEAD or a GET."""
        return {
            r.path
            for r in list(self.requests)
            if r.repo_id == repo_id and r.path not in ("api", "tree")
        }

    def env(self, **extra: str | os.PathLike) -> dict[str, str]:
        """An environment for a downloading subprocess: online, against this server."""
        return online_env(self.url, **extra)


def online_env(endpoint: str, **extra: str | os.PathLike) -> dict[str, str]:
    """This process's environment, made online against `endpoint`, plus `extra`."""
    offline = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    env = {k: v for k, v in os.environ.items() if k not in offline}
    env.update(
        HF_ENDPOINT=endpoint,
        HF_HUB_DISABLE_PROGRESS_BARS="1",
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_ETAG_TIMEOUT="5",
        HF_HUB_DOWNLOAD_TIMEOUT="5",
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def _handler_for(hub: HubDouble) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_HEAD(self) -> None:
            self._route(body=False)

        def do_GET(self) -> None:
            self._route(body=True)

        def _route(self, body: bool) -> None:
            parts = [unquote(p) for p in urlsplit(self.path).path.strip("/").split("/")]
            if parts[:2] == ["api", "models"] and len(parts) >= 4:
                self._api(parts[2] + "/" + parts[3], parts[4:])
            elif len(parts) >= 5 and parts[2] == "resolve":
                self._file(parts[0] + "/" + parts[1], parts[3], "/".join(parts[4:]), body)
            else:
                self._error(404, "RepoNotFound")

        def _revision(self, repo_id: str, rev: str) -> _Revision | None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                self._error(404, "RepoNotFound")
                return None
            revision = repo.at(rev)
            if revision is None:
                self._error(404, "RevisionNotFound")
            return revision

        def _api(self, repo_id: str, rest: list[str]) -> None:
            kind = "tree" if rest[:1] == ["tree"] else "api"
            hub.requests.append(Request("GET", repo_id, kind))
            rev = rest[1] if len(rest) >= 2 else "main"
            revision = self._revision(repo_id, rev)
            if revision is None:
                return
            if kind == "tree":
                payload: object = [
                    {
                        "type": "file",
                        "path": name,
                        "size": len(data),
                        "oid": _git_oid(data),
                        **(
                            {
                                "lfs": {
                                    "oid": _etag(name, data),
                                    "size": len(data),
                                    "pointerSize": 134,
                                }
                            }
                            if _lfs(name)
                            else {}
                        ),
                    }
                    for name, data in sorted(revision.files.items())
                ]
            else:
                payload = {
                    "_id": repo_id,
                    "id": repo_id,
                    "modelId": repo_id,
                    "sha": revision.sha,
                    "private": False,
                    "gated": False,
                    "disabled": False,
                    "tags": [],
                    "siblings": [{"rfilename": name} for name in sorted(revision.files)],
                }
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _file(self, repo_id: str, rev: str, name: str, body: bool) -> None:
            start = 0
            if body and self.headers.get("Range", "").startswith("bytes="):
                start = int(self.headers["Range"][6:].split("-")[0])
            request = Request("GET" if body else "HEAD", repo_id, name, start)
            hub.requests.append(request)
            revision = self._revision(repo_id, rev)
            if revision is None:
                return
            if name not in revision.files:
                self._error(404, "EntryNotFound", revision.sha)
                return
            data = revision.files[name]
            etag = _etag(name, data)
            self.send_response(206 if start else 200)
            self.send_header("X-Repo-Commit", revision.sha)
            self.send_header("ETag", f'"{etag}"')
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Type", "application/octet-stream")
            if _lfs(name):
                self.send_header("X-Linked-Etag", f'"{etag}"')
                self.send_header("X-Linked-Size", str(len(data)))
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            if not body:
                return
            self._send_body(repo_id, name, data[start:], request)

        def _send_body(self, repo_id: str, name: str, data: bytes, request: Request) -> None:
            key = (repo_id, name)
            cut = hub._cuts.pop(key, None)
            stall = hub._stalls.get(key)
            if cut is None and stall is None:
                self.wfile.write(data)
                request.complete = True
                return
            after = cut if cut is not None else stall[0]
            self.wfile.write(data[:after])
            self.wfile.flush()
            if stall is not None:
                stall[1].set()
                hub._release.wait(60)
            self.close_connection = True  # the client sees the body end early

        def _error(self, status: int, code: str, commit: str | None = None) -> None:
            data = json.dumps({"error": code}).encode()
            self.send_response(status)
            self.send_header("X-Error-Code", code)
            if commit:
                self.send_header("X-Repo-Commit", commit)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    return Handler


def safetensors_from_bin(pytorch_model_bin: bytes) -> bytes:
    """The model.safetensors the Hub's conversion adds next to a pytorch_model.bin (tied
    tensors become copies, as safetensors stores no shared memory)."""
    import torch
    from safetensors.torch import save

    state = torch.load(io.BytesIO(pytorch_model_bin), weights_only=True)
    return save({name: tensor.clone().contiguous() for name, tensor in state.items()})
