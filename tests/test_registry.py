"""The registry of archive models: every place that needs "all archive models" agrees with it."""

import json

import pytest
import reversion
from django.apps import apps
from django.contrib import admin

from archive import registry
from archive.integrity import uncited_records
from archive.models import CITATION_TARGETS, Citation, Deletion, ImportRecord, PendingChange, SlugRedirect
from archive.seed import FIXTURES_DIR, SEED_FILES
from archive.sitemaps import SITEMAPS
from archive.transfer.resources import ARCHIVE_RESOURCES, RESOURCES_BY_FILE
from archive.views import SEARCH_GROUPS

LOGS = {Deletion, ImportRecord, PendingChange, SlugRedirect}  # the archive's own bookkeeping, not archive records


def test_every_model_of_the_app_is_in_the_registry_or_a_log():
    assert set(apps.get_app_config("archive").get_models()) == set(registry.archive_models()) | LOGS


def test_citation_targets_are_the_registry_citable_models():
    citable = {entry.citation_field: entry.model for entry in registry.ARCHIVE if entry.citation_field}
    assert set(CITATION_TARGETS) == set(citable)
    for name, model in citable.items():
        assert Citation._meta.get_field(name).related_model is model


def test_every_model_that_must_be_cited_can_be_cited():
    for entry in registry.ARCHIVE:
        if entry.citation_required:
            assert entry.citation_field, entry.label


@pytest.mark.django_db
@pytest.mark.parametrize("model", registry.citation_required_models(), ids=lambda model: model._meta.model_name)
def test_check_archive_names_a_record_of_each_cited_model_that_lost_its_citations(model):
    record = model.objects.first()
    assert record is not None, "the seed has a record of every cited model"
    assert not any(str(record) in problem for problem in uncited_records())
    Citation.objects.filter(**{registry.citation_field_of(model): record}).delete()
    assert f"{model._meta.verbose_name} without a citation: {record}" in uncited_records()


def test_seed_files_hold_every_archive_model_once_in_loading_order():
    labels = [label for file_labels in SEED_FILES.values() for label in file_labels]
    assert labels == [model._meta.label for model in registry.archive_models()]
    assert list(SEED_FILES) == sorted(SEED_FILES), "loaddata fixtures/*.json loads the files by name"
    assert sorted(path.name for path in FIXTURES_DIR.glob("*.json")) == list(SEED_FILES)


def test_each_seed_file_holds_only_its_models():
    for name, labels in SEED_FILES.items():
        found = {row["model"] for row in json.loads((FIXTURES_DIR / name).read_text(encoding="utf-8"))}
        assert found == {label.lower() for label in labels}, name


def test_every_spreadsheet_of_the_registry_has_its_resource_and_no_resource_is_left_over():
    files = [name for name, _ in ARCHIVE_RESOURCES]
    assert sorted(files) == sorted(RESOURCES_BY_FILE)
    for entry in registry.ARCHIVE:
        for name in (entry.spreadsheet, entry.second_pass):
            if name:
                assert RESOURCES_BY_FILE[name]._meta.model is entry.model, name
    # the second passes refer to rows of every file: they come last
    assert files[-2:] == [entry.second_pass for entry in registry.ARCHIVE if entry.second_pass]


def test_citations_travel_in_the_cells_of_every_citable_model_that_has_a_spreadsheet():
    for entry in registry.ARCHIVE:
        if entry.spreadsheet and entry.citation_field:
            resource = RESOURCES_BY_FILE[entry.spreadsheet]
            assert resource.cited and "citations" in resource.fields, entry.label


def test_sitemap_sections_and_search_groups_are_the_models_with_a_page():
    with_page = [entry.model for entry in registry.page_models()]
    assert [model for _, model, _ in SEARCH_GROUPS] == with_page
    assert [section.model for key, section in SITEMAPS.items() if key != "pages"] == with_page
    for model in with_page:
        assert hasattr(model, "get_absolute_url"), model


def test_every_archive_model_has_an_admin_and_keeps_its_history():
    for model in registry.archive_models():
        assert model in admin.site._registry, model
        assert reversion.is_registered(model), model


def test_parts_point_at_their_record():
    for entry in registry.ARCHIVE:
        for part, field in registry.parts_of(entry.model):
            assert part._meta.get_field(field).related_model is entry.model, (entry.label, part, field)
