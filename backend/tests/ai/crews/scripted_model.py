"""A real HTTP server speaking OpenAI's chat-completions wire format, answering from a
script: the "model" of crew tests. It runs in the test process; the router (in-process or
in a Celery worker) reaches it through AI__COMPATIBLE_BASE_URL."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[list[dict[str, Any]]], str]


def completion_body(model: str, text: str) -> dict[str, Any]:
    return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 8, "total_tokens": 20}}


class ScriptedModel:
    """Replies in order from `replies` (then "Final Answer"), or through `reply(messages)`.
    `status` other than 200 answers every call with that error; `delay` slows each reply."""

    def __init__(self) -> None:
        self.replies: list[str] = []
        self.reply: Reply | None = None
        self.status = 200
        self.delay = 0.0
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.url = ""

    def script(self, *replies: str) -> None:
        with self._lock:
            self.replies = list(replies)
            self.reply = None
            self.requests.clear()

    def answer(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        time.sleep(self.delay)
        with self._lock:
            self.requests.append(body)
            if self.status != 200:
                return self.status, {"error": {"message": "scripted outage",
                                               "type": "server_error"}}
            if self.reply is not None:
                text = self.reply(body["messages"])
            else:
                text = self.replies.pop(0) if self.replies else "Final Answer: done"
        return 200, completion_body(body.get("model", "scripted"), text)


@contextmanager
def serve(model: ScriptedModel) -> Iterator[ScriptedModel]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            length = int(self.headers.get("content-length") or 0)
            status, payload = model.answer(json.loads(self.rfile.read(length)))
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    model.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield model
    finally:
        server.shutdown()
        server.server_close()


def ai_env(model: ScriptedModel) -> dict[str, str]:
    """Settings that send every model of every chain to the scripted server."""
    return {"AI__COMPATIBLE_BASE_URL": model.url, "AI__COMPATIBLE_API_KEY": "test-key",
            "AI__ANTHROPIC_API_KEY": "", "AI__OPENAI_API_KEY": "", "AI__MAX_RETRIES": "0"}
