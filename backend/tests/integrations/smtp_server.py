"""A minimal real SMTP server on asyncio streams (RFC 5321 subset: EHLO, MAIL, RCPT, DATA,
QUIT), enough to receive what smtplib sends; `fail=True` answers 554 to every message."""

from __future__ import annotations

import asyncio
import email
from email.message import Message


class SmtpServer:
    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.messages: list[Message] = []
        self.port = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> SmtpServer:
        self._server = await asyncio.start_server(self._session, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write(f"{line}\r\n".encode())

        say("220 test SMTP ready")
        while line := (await reader.readline()).decode().strip():
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                say("250 test")
            elif verb == "DATA":
                say("354 end with <CRLF>.<CRLF>")
                data = (await reader.readuntil(b"\r\n.\r\n"))[:-5]
                if self.fail:
                    say("554 transaction failed")
                else:
                    self.messages.append(email.message_from_bytes(data))
                    say("250 queued")
            elif verb == "QUIT":
                say("221 bye")
                await writer.drain()
                break
            else:
                say("250 ok")
            await writer.drain()
        writer.close()
