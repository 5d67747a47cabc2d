"""The seed fixtures: which models go into which file of fixtures/, in loading order."""

from __future__ import annotations

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers

from archive.registry import seed_files

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"

# File name → model labels, in loading order: `loaddata fixtures/*.json` loads the files alphabetically,
# and a link row's natural key needs its parents to exist already.
SEED_FILES: dict[str, list[str]] = seed_files()


def sort_key(instance) -> tuple:
    return tuple("" if part is None else str(part) for part in instance.natural_key())


def serialize_models(labels: list[str]) -> str:
    objects = []
    for label in labels:
        model = apps.get_model(label)
        objects.extend(sorted(model._default_manager.all(), key=sort_key))
    text = serializers.serialize(
        "json",
        objects,
        use_natural_foreign_keys=True,
        use_natural_primary_keys=True,
        indent=2,
        ensure_ascii=False,
    )
    return text + "\n"
