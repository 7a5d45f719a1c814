"""Command line: `python -m app.devstack run` and `... services --env-file PATH`."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from app import devstack
from app.devstack.run import cmd_run
from app.devstack.servers import ServiceError
from app.devstack.supervisor import StopRequest
from app.devstack.testing import cmd_services


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.devstack",
        description=devstack.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="embedded services + migrate + seed + API, worker, beat")
    services = sub.add_parser("services", help="only the missing data services, for tests")
    services.add_argument("--env-file", type=Path, required=True, help="where to write URLs")
    args = parser.parse_args(argv)

    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # keep our lines in order with children's
    stop = StopRequest()
    stop.install()
    try:
        if args.command == "run":
            return cmd_run(stop)
        return cmd_services(args.env_file.resolve(), stop)
    except ServiceError as exc:  # raised before anything was started (bad settings)
        print(f"devstack: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
