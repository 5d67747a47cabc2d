"""What a backup holds and the migration states it is read and written at."""

from __future__ import annotations

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from reversion.models import Revision, Version

FORMAT = "sco-archive-backup"
FORMAT_VERSION = 1
DATA = "data.json"
MANIFEST = "manifest.json"
MAX_PROBLEMS = 50


class BackupProblem(Exception):
    """Why a backup cannot be restored here; ``problems`` names each thing, nothing was written."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def backed_up_models() -> list:
    """The models a backup holds, in loading order (foreign keys are checked at commit, so the order
    only makes the file readable): groups, users, the archive, its history, the admin log."""
    archive = [model for model in apps.get_app_config("archive").get_models() if model._meta.managed and not model._meta.proxy]
    return [Group, get_user_model(), *archive, Revision, Version, LogEntry]


def label(model) -> str:
    return model._meta.label_lower


def held_apps() -> set[str]:
    return {model._meta.app_label for model in backed_up_models()} | {"contenttypes"}


def migration_state(using: str = "default") -> dict[str, list[str]]:
    """The migrations applied to the database, per app whose rows a backup holds (content types included)."""
    held = held_apps()
    state: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        if app_label in held:
            state.setdefault(app_label, []).append(name)
    return state


def nodes(state: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(app, name) for app, names in state.items() for name in names}


def latest(loader, state: dict[str, list[str]]) -> dict[str, str]:
    """Per app, the migration of ``state`` that no other of its migrations comes before."""
    applied = nodes(state)
    return {
        app: next(
            name
            for name in names
            if not any(child.key in applied for child in loader.graph.node_map[app, name].children if child.key[0] == app)
        )
        for app, names in state.items()
        if names
    }


def models_at(state: dict[str, list[str]], using: str = "default") -> list:
    """The backed-up models as the database holds them at ``state``: this code's models at its own
    latest state, otherwise the historical models the migrations describe at that state."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    code = {node for node in loader.graph.nodes if node[0] in held_apps()}
    if nodes(state) == code:
        return backed_up_models()
    historical = loader.project_state(list(latest(loader, state).items()), at_end=True).apps
    found = []
    for model in backed_up_models():
        try:
            found.append(historical.get_model(model._meta.label))
        except LookupError:
            continue  # a model that state does not have yet
    return found


def unknown_migrations(manifest: dict, using: str = "default") -> list[str]:
    """A backup made by code with migrations this code lacks cannot be read by it."""
    known = set(MigrationLoader(connections[using], ignore_no_migrations=True).graph.nodes)
    unknown = sorted(f"{app}.{name}" for app, name in nodes(manifest.get("migrations", {})) - known)
    if unknown:
        return [
            f"the backup comes from a version of the site this code does not know (migrations {', '.join(unknown)}): "
            "restore it with that version"
        ]
    return []


def migrate_to(state: dict[str, list[str]], using: str, stdout=None) -> None:
    """Bring the database to ``state`` (back or forward), app by app; apps it lacks go to zero."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    targets = latest(loader, state)
    here = migration_state(using)
    for app in sorted(held_apps()):
        if set(here.get(app, [])) != set(state.get(app, [])):
            call_command("migrate", app, targets.get(app, "zero"), database=using, interactive=False, verbosity=0, stdout=stdout)
