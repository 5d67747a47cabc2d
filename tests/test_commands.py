"""The set-up commands behind `make run`."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from reversion.models import Revision

from archive.integrity import empty_archive
from archive.models import Event
from archive.registry import archive_models

pytestmark = pytest.mark.django_db


def test_load_seed_never_touches_an_archive_that_holds_records():
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    event.summary_en = "An editor's change."
    event.save()
    count = Event.objects.count()
    out = io.StringIO()
    call_command("load_seed", stdout=out)
    assert "not loaded" in out.getvalue()
    assert Event.objects.count() == count
    assert Event.objects.get(slug="summit-1996-04-26-shanghai").summary_en == "An editor's change."


@pytest.mark.slow
def test_load_seed_fills_an_empty_archive_and_keeps_every_record_in_one_first_revision():
    """The chapter's records enter an empty archive as the first version of each."""
    counts = {model: model.objects.count() for model in archive_models()}
    empty_archive()
    earlier = list(Revision.objects.values_list("pk", flat=True))
    call_command("load_seed", stdout=io.StringIO(), verbosity=0)
    assert {model: model.objects.count() for model in archive_models()} == counts
    revision = Revision.objects.exclude(pk__in=earlier).get()
    assert "Seed loaded" in revision.comment
    assert revision.version_set.count() == sum(counts.values()) == 1020


def test_ensure_admin_prints_a_password_once_and_it_works():
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if line.startswith("Admin password: "))
    password = line.removeprefix("Admin password: ")
    assert get_user_model().objects.get(username="admin").check_password(password)
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert "Admin password" not in again.getvalue()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
