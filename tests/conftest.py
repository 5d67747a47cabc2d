import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from archive.seed import FIXTURES_DIR, SEED_FILES
from tests.browser import browser, page  # noqa: F401  (one session-wide Chromium for every browser test)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The whole seed archive, loaded once per session; each test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("loaddata", *[str(FIXTURES_DIR / name) for name in SEED_FILES], verbosity=0)


@pytest.fixture(autouse=True)
def default_language():
    """A request leaves its language active in the thread (LocaleMiddleware does not reset it), so
    a test whose last request was in English would make the next test's reverse() English too."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor-admin", "", "pw-for-tests-only")
    client.force_login(user)
    return client


def pytest_collection_modifyitems(items):
    """Browser tests run last: their live server needs committed data, and the transactional
    flush after each of them empties the session's seed that the other tests share."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def seeded(django_db_blocker):
    """The seed again for a transactional (browser) test, whose live server needs committed rows."""
    with django_db_blocker.unblock():
        call_command("loaddata", *[str(FIXTURES_DIR / name) for name in SEED_FILES], verbosity=0)
