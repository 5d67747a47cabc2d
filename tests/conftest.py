import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from archive.generation import GENERATION, forget_counts
from archive.roles import EDITOR, PUBLISHER
from sco_site.page_cache import STAMPS, STORE
from tests.browser import _shared_live_server, browser, live_site, page  # noqa: F401  (one Chromium, one live server)
from tests.helpers import PASSWORD, staff_client


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_use_migrations, django_db_keepdb):
    """The test database with the whole seed archive, loaded once per session and committed: each
    test runs in a rolled-back transaction, and the browser tests' live server reads the same rows.

    The seed is loaded as `make run` loads it (load_seed), every record's first version kept in one
    revision: an edit of a seed record then finds its baseline, as in a real archive, instead of
    first serialising every version-less row of the tables it touches.

    pytest-django's own fixture creates only the databases that tests marked ``django_db`` need;
    the browser tests are not marked (they share the committed database, see tests/browser.py), so
    a run of browser tests alone would otherwise reach the development database.
    """
    from django.test.utils import setup_databases, teardown_databases

    if not django_db_use_migrations:
        raise pytest.UsageError("The seed needs the migrations: run without --nomigrations.")
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose, interactive=False, keepdb=django_db_keepdb, serialized_aliases=set()
        )
        call_command("load_seed", verbosity=0, stdout=io.StringIO())
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


@pytest.fixture(autouse=True)
def default_language():
    """A request leaves its language active in the thread (LocaleMiddleware does not reset it), so
    a test whose last request was in English would make the next test's reverse() English too."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with no page and no count kept in memory, like a worker just started: a page
    an earlier test kept would be answered without rendering (no ``response.context``, none of the
    queries a test counts, none of its monkeypatches), a count without its queries. Nor with the
    generation an earlier test read inside its transaction, which a worker never goes back from."""
    STORE.clear()
    forget_counts()
    GENERATION.configure()
    STAMPS.made = None


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor-admin", "", PASSWORD)
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    """A client of its own signed in as a member of the Editor group (user “ed”), reading English."""
    return staff_client(django_user_model, "ed", EDITOR)


@pytest.fixture
def publisher(django_user_model):
    """A client of its own signed in as a member of the Publisher group (user “pub”), reading English."""
    return staff_client(django_user_model, "pub", PUBLISHER)


def pytest_collection_modifyitems(items):
    """Browser tests run last: they share one live server over the committed database, which each of
    them puts back as it found it; running them after the others keeps even a failed restore from
    reaching a non-browser test."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
