"""Structure checks for the deployment files: docker-compose.yml, the backend
Dockerfile, the Makefile, nginx, CI. Pure file parsing: no Docker, no database.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from app.config import DEFAULT_SECRET, StorageSettings

REPO = Path(__file__).resolve().parents[3]
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "backend" / "Dockerfile"
MAKEFILE = REPO / "Makefile"

REQUIRED_SERVICES = {"postgres", "redis", "qdrant", "minio", "api", "worker", "beat", "web",
                     "nginx"}
# ${NAME:?message}: compose refuses to start while NAME is unset or empty
REQUIRED_VAR = re.compile(r"\$\{[A-Z][A-Z0-9_]*:\?[^}]*\}")
SECRET_NAME = re.compile(r"(SECRET|PASSWORD|ACCESS_KEY|API_KEY|TOKEN)", re.IGNORECASE)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose: dict) -> dict[str, dict]:
    return compose["services"]


def command_text(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else shlex.join(value)


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE list form
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {key: str(value) for key, value in env.items()}


# -- docker-compose.yml -------------------------------------------------------


def test_required_services_exist(services: dict) -> None:
    assert set(services) >= REQUIRED_SERVICES, REQUIRED_SERVICES - set(services)


def test_every_dependency_waits_on_a_healthcheck(services: dict) -> None:
    checked = 0
    for name, service in services.items():
        depends_on = service.get("depends_on")
        if not depends_on:
            continue
        assert isinstance(depends_on, dict), f"{name}: depends_on must use conditions"
        for dependency, options in depends_on.items():
            condition = (options or {}).get("condition")
            assert condition == "service_healthy", f"{name} -> {dependency}: {condition}"
            healthcheck = services[dependency].get("healthcheck") or {}
            assert healthcheck.get("test"), f"{dependency} has no healthcheck ({name} waits)"
            assert not healthcheck.get("disable"), f"{dependency} healthcheck is disabled"
            checked += 1
    assert checked >= 8  # api alone waits on four services


def test_api_waits_for_all_data_services(services: dict) -> None:
    assert {"postgres", "redis", "minio", "qdrant"} <= set(services["api"]["depends_on"])


def test_redis_persists_with_append_only_file(services: dict) -> None:
    argv = shlex.split(command_text(services["redis"].get("command")))
    assert "--appendonly" in argv, argv
    assert argv[argv.index("--appendonly") + 1] == "yes"
    assert services["redis"].get("volumes"), "redis data must be on a volume"


def test_api_migrates_before_serving(services: dict) -> None:
    command = command_text(services["api"].get("command"))
    migrate = command.find("alembic upgrade head")
    serve = command.find("uvicorn")
    assert migrate != -1 and serve != -1, command
    assert migrate < serve, command
    # `&&`: a failed migration must keep the server from starting
    assert "&&" in command[migrate:serve], command


def test_backend_services_run_in_production_mode_without_demo_data(services: dict) -> None:
    for name in ("api", "worker", "beat"):
        env = environment(services[name])
        assert env.get("APP_ENV") == "production", name
        assert env.get("SEED_DEMO", "").lower() == "false", name
        assert env.get("QDRANT_URL") == "http://qdrant:6333", name
        assert REQUIRED_VAR.fullmatch(env.get("AUTH__SECRET_KEY", "")), name


def test_backend_services_read_provider_settings_from_an_optional_env_file(services: dict
                                                                          ) -> None:
    for name in ("api", "worker", "beat"):
        [entry] = services[name]["env_file"]
        assert entry == {"path": "./backend.env", "required": False}, name


def test_secrets_come_only_from_required_env_interpolation(services: dict) -> None:
    seen = 0
    for name, service in services.items():
        for key, value in environment(service).items():
            if SECRET_NAME.search(key):
                assert REQUIRED_VAR.fullmatch(value), f"{name}.{key} = {value!r}"
                seen += 1
            if "://" in value and "@" in value:  # credentials inside a URL
                userinfo = value.split("://", 1)[1].rsplit("@", 1)[0]
                password = userinfo.split(":", 1)[1] if ":" in userinfo else ""
                assert REQUIRED_VAR.fullmatch(password), f"{name}.{key} = {value!r}"
    assert seen >= 5


def test_no_default_secret_literal_anywhere_in_compose() -> None:
    text = COMPOSE_FILE.read_text()
    for literal in (DEFAULT_SECRET, StorageSettings().secret_key, "minioadmin", "changeme"):
        assert literal not in text, literal
    # no `${SECRET:-fallback}` either: a fallback is a default secret
    for match in re.finditer(r"\$\{([A-Z0-9_]+):?-", text):
        assert not SECRET_NAME.search(match.group(1)), match.group(0)


def test_data_services_keep_their_data_on_volumes(services: dict, compose: dict) -> None:
    declared = set(compose.get("volumes") or {})
    for name in ("postgres", "redis", "qdrant", "minio"):
        mounts = services[name].get("volumes") or []
        named = {str(m).split(":", 1)[0] for m in mounts}
        assert named & declared, f"{name} has no named volume"


def test_nginx_proxies_api_websockets_and_docs(services: dict) -> None:
    mounts = " ".join(map(str, services["nginx"].get("volumes") or []))
    assert "infra/nginx/nginx.conf" in mounts
    conf = (REPO / "infra" / "nginx" / "nginx.conf").read_text()
    assert "server api:8000" in conf
    for location in ("location /api/v1/", "location /ws", "location /webhook/", "docs",
                     "/health(/integrations)?", "server web:3000"):
        assert location in conf, location
    assert "Upgrade $http_upgrade" in conf
    # /metrics is scraped inside the network, never published
    assert not re.search(r"location[^{]*metrics", conf)


def test_the_dashboard_image_builds_from_its_lock_file_and_runs_as_non_root() -> None:
    dockerfile = (REPO / "frontend" / "Dockerfile").read_text()
    assert "npm ci" in dockerfile and "npm install" not in dockerfile
    assert dockerfile.count("FROM ") >= 2 and "USER node" in dockerfile


def test_prometheus_scrapes_the_api() -> None:
    config = yaml.safe_load((REPO / "infra" / "prometheus" / "prometheus.yml").read_text())
    targets = [
        target
        for job in config["scrape_configs"]
        for static in job.get("static_configs", [])
        for target in static["targets"]
    ]
    assert "api:8000" in targets


# -- backend/Dockerfile -------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    result = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            result.append((keyword.upper(), rest.strip()))
    return result


def test_dockerfile_is_multi_stage() -> None:
    stages = [rest for keyword, rest in dockerfile_instructions() if keyword == "FROM"]
    assert len(stages) >= 2, stages
    assert any("--from=" in rest for kw, rest in dockerfile_instructions() if kw == "COPY")


def test_dockerfile_runs_as_a_non_root_user() -> None:
    users = [rest for keyword, rest in dockerfile_instructions() if keyword == "USER"]
    assert users, "no USER line"
    user = users[-1].split(":", 1)[0]
    assert user not in {"root", "0"}, users[-1]


def test_dockerfile_installs_from_the_lock_file_without_dev_dependencies() -> None:
    runs = " ".join(rest for keyword, rest in dockerfile_instructions() if keyword == "RUN")
    assert "uv sync" in runs and "--frozen" in runs and "--no-dev" in runs
    keywords = {keyword for keyword, _ in dockerfile_instructions()}
    assert {"EXPOSE", "HEALTHCHECK"} <= keywords


# -- Makefile, test script, CI ------------------------------------------------


@pytest.mark.parametrize("target", ["install", "run", "test", "lint", "migrate", "seed", "bench"])
def test_makefile_has_target(target: str) -> None:
    assert re.search(rf"^{target}:", MAKEFILE.read_text(), re.MULTILINE), target


def test_make_run_and_test_use_the_devstack() -> None:
    text = MAKEFILE.read_text()
    assert "app.devstack run" in text
    assert "scripts/test.sh" in text
    scripts = REPO / "scripts"
    script = (scripts / "test.sh").read_text() + (scripts / "services.sh").read_text()
    assert "app.devstack services --env-file" in script
    assert "trap cleanup EXIT" in script


def test_ci_runs_make_test_against_postgres_and_redis() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text())
    jobs = list(workflow["jobs"].values())
    job = next(j for j in jobs if any("make test" in s.get("run", "") for s in j["steps"]))
    assert {"postgres", "redis"} <= set(job.get("services", {}))
    env = {**workflow.get("env", {}), **job.get("env", {})}
    assert env.get("DATABASE_URL", "").startswith("postgresql+asyncpg://")
    assert env.get("REDIS_URL", "").startswith("redis://")
