"""Command line: `python -m app.cli seed-demo | openapi [--out FILE]`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from app.config import get_settings


async def _seed_demo() -> int:
    from app.core.db import dispose_engine, unit_of_work
    from app.identity.demo import DEMO_PASSWORD, DEMO_USERS, seed_demo

    settings = get_settings()
    if not settings.demo_users_allowed or not settings.seed_demo:
        print(f"APP_ENV={settings.app_env.value}: no demo data is seeded")
        return 0
    from app.modules.crm import service as crm

    async with unit_of_work() as session:
        seeded = await seed_demo(session)
        await crm.seed_demo(session, seeded.organization.id)
    await dispose_engine()
    print(f"Demo organization: {seeded.organization.name} (slug {seeded.organization.slug})")
    print(f"Demo logins (password {DEMO_PASSWORD}):")
    for email, _, role in DEMO_USERS:
        print(f"  {role.value:<10} {email}")
    key_file = settings.data_dir / "demo-api-key.txt"
    if seeded.api_key:  # only its hash is in the database: keep the demo key for later runs
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(seeded.api_key + "\n")
        key_file.chmod(0o600)
    if key_file.exists():
        print(f"Demo API key (Agente_IA): {key_file.read_text().strip()}")
    else:
        print("Demo API key: not available (create one in Admin > API keys)")
    return 0


def _openapi(out: Path | None) -> int:
    """The API's OpenAPI schema, stable byte for byte (sorted keys), for the generated clients."""
    from app.main import create_app

    text = json.dumps(create_app().openapi(), indent=2, sort_keys=True, ensure_ascii=False)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("seed-demo", help="create the demo organization, users and API key")
    openapi = sub.add_parser("openapi", help="print (or write) the OpenAPI schema")
    openapi.add_argument("--out", type=Path, help="write it to this file instead")
    args = parser.parse_args(argv)
    if args.command == "seed-demo":
        return asyncio.run(_seed_demo())
    if args.command == "openapi":
        return _openapi(args.out)
    return 2


if __name__ == "__main__":
    sys.exit(main())
