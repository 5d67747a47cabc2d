"""Whole-archive checks: the organ tree, uncited records, invalid or out-of-order dates."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Count

from archive.history.deletions import deletions_not_kept
from archive.models import Citation, Organ
from archive.registry import citation_required_models, validated_models

TREE_PROBLEM_NAMES = ("invalid characters in path", "wrong step length", "orphans", "wrong depth", "wrong child count")


def tree_problems() -> list[str]:
    problems = []
    for name, ids in zip(TREE_PROBLEM_NAMES, Organ.objects.find_problems(), strict=True):
        if ids:
            slugs = sorted(Organ.objects.filter(pk__in=ids).values_list("slug", flat=True))
            problems.append(f"organ tree: {name}: {', '.join(slugs)}")
    return problems


def uncited_records() -> list[str]:
    problems = []
    for model in citation_required_models():
        for record in model.objects.annotate(n=Count("citations")).filter(n=0):
            problems.append(f"{model._meta.verbose_name} without a citation: {record}")
    return problems


def invalid_records() -> list[str]:
    """Every rule of clean(): dates in order and at their precision, overlaps, self-relations…"""
    problems = []
    for model in validated_models():
        for record in model.objects.all():
            try:
                record.full_clean(validate_unique=False)
            except ValidationError as error:
                details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
                problems.append(f"{model._meta.verbose_name} {record}: {details}")
    return problems


def archive_problems() -> list[str]:
    return tree_problems() + uncited_records() + invalid_records()


def empty_archive() -> None:
    """Delete every archive record (children first); for tests and benchmarks on a scratch database."""
    with deletions_not_kept():
        Citation.objects.all().delete()
        for model in reversed(validated_models()):
            model.objects.all().delete()
