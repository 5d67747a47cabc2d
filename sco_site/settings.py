"""Settings for the SCO Founding Archive: one module, configured by the environment.

DATABASE_URL       default: SQLite file db.sqlite3 in the project folder; postgres:// for PostgreSQL
REDIS_URL          optional shared cache
DJANGO_SECRET_KEY  required unless DJANGO_DEBUG is true
DJANGO_DEBUG       true/false, default false
DJANGO_ALLOWED_HOSTS  comma-separated; localhost names when debugging
DJANGO_TRUSTED_PROXY_COUNT  proxies in front that append to X-Forwarded-For; default 0 (REMOTE_ADDR)
DJANGO_PAGE_CACHE_MB  memory each worker keeps public pages in; default 32, 0 turns it off
DJANGO_LOGIN_COOLOFF_MINUTES  how long 5 failed logins lock a username at an address; default 30
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    if value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is not true.")
    SECRET_KEY = "insecure-development-key-only-used-with-DJANGO_DEBUG-true"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is not true.")
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "treebeard",
    "import_export",
    "reversion",
    "archive",
]

# Revisions are stored in archive.history.serializer's format (Django JSON plus an organ's parent in the tree).
SERIALIZATION_MODULES = {"archive-json": "archive.history.serializer"}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that every answer carries them, the refusals of the middlewares below included.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "sco_site.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Right after the static files: a kept public page is answered before the session is read.
    "sco_site.page_cache.PageCacheMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "sco_site.middleware.AdminLanguageMiddleware",
    # In the reader's language, and before the session: a session cookie holding a NUL must not
    # reach the session table (the session middleware would look it up even for a refused request).
    "sco_site.middleware.RefuseUnstorableInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sco_site.middleware.PrivateWhenSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Last, as django-axes requires: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sco_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sco_site.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "sco_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (gunicorn's threads, a command beside the site) wait for each other instead
    # of failing with "database is locked": every transaction takes the write lock when it begins
    # (a deferred one that reads first cannot wait for it later), and waits up to 20 s for it.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20, **DATABASES["default"].get("OPTIONS", {})}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Optional: while Redis does not answer, the site runs as with an empty cache and logs it once.
    CACHES = {"default": {"BACKEND": "sco_site.cache.TolerantRedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Public pages (sco_site.page_cache): each worker keeps anonymous readers' pages in memory, at most
# DJANGO_PAGE_CACHE_MB (0 turns the cache off), valid while the archive generation (archive.generation)
# stays the same; a worker re-reads the generation (from Redis when REDIS_URL is set, else the
# database) at most every PAGE_CACHE_GENERATION_SECONDS.
PAGE_CACHE_MAX_BYTES = int(float(os.environ.get("DJANGO_PAGE_CACHE_MB", "32")) * 1024 * 1024)
PAGE_CACHE_GENERATION_SECONDS = 0.5

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hant"
LANGUAGES = [("zh-hant", "繁體中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Taipei"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("DJANGO_PLAIN_STATIC", False)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Imports are all-or-nothing (django-import-export wraps them in a transaction).
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# Upload limits, set deliberately: a request's form fields (not files) may hold 5 MB (the largest
# admin page, a summit with its inlines, posts well under 100 kB; a larger body is refused with 400);
# an uploaded file is kept in memory up to 5 MB and streamed to a temporary file beyond; a
# spreadsheet import is refused above 20 MB or 100,000 rows (archive.transfer.files.MAX_FILE_BYTES/MAX_ROWS).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# A request body larger than this is refused (413) before Django reads it: the largest spreadsheet
# (20 MB) with its form. Form fields without files are capped at DATA_UPLOAD_MAX_MEMORY_SIZE.
MAX_REQUEST_BYTES = 21 * 1024 * 1024
# The longest text one spreadsheet cell may bring in (a longer one is a row error naming it).
IMPORT_MAX_CELL_CHARS = int(os.environ.get("DJANGO_IMPORT_MAX_CELL_CHARS", "20000"))
# An uploaded spreadsheet waits here between its preview and the confirm (removed after the
# confirm; an abandoned preview after IMPORT_PREVIEW_HOURS). Default: a folder in the system's temp.
IMPORT_PREVIEW_DIR = os.environ.get("DJANGO_IMPORT_PREVIEW_DIR", "")
IMPORT_PREVIEW_HOURS = 24

# Where readers report an error: shown as a mailto link on the home page; unset, the invitation is
# not shown. A mistyped address would send every report nowhere, so it stops start-up instead.
CONTACT_EMAIL = os.environ.get("DJANGO_CONTACT_EMAIL", "").strip()
if CONTACT_EMAIL:
    try:
        validate_email(CONTACT_EMAIL)
    except ValidationError:
        raise ImproperlyConfigured(f"DJANGO_CONTACT_EMAIL is not a valid e-mail address: {CONTACT_EMAIL!r}") from None

# Admin sessions end after DJANGO_SESSION_IDLE_MINUTES without a request (each request renews them)
# and when the browser closes. Readers have no session: public pages set no cookie.
SESSION_COOKIE_AGE = 60 * int(os.environ.get("DJANGO_SESSION_IDLE_MINUTES", "120"))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if env_bool("DJANGO_BEHIND_PROXY", False):
    # A TLS-terminating proxy in front tells us the original scheme.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp 4): nothing inline, nothing from other hosts. Every template,
# the admin's and third-party admin templates included (overridden in templates/admin/), keeps its
# scripts and styles in static files; JSON data blocks are not executed and need no exception.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Login throttling (django-axes): 5 failed attempts for one username from one address lock that
# combination out for DJANGO_LOGIN_COOLOFF_MINUTES; other users and other addresses can still sign in.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "sco_site.security.lockout_response"
# The client's address: REMOTE_ADDR, or behind DJANGO_TRUSTED_PROXY_COUNT proxies the address the
# outermost one saw (X-Forwarded-For). Without this every reader behind a proxy shares one address.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "sco_site.security.client_ip"
# Security logs name the account and address of each attempt (passwords are never logged);
# not verbose: no user agent in the lines, no start-up banner on every management command.
AXES_SENSITIVE_PARAMETERS: list[str] = []
AXES_VERBOSE = False

SILENCED_SYSTEM_CHECKS: list[str] = []
if not DEBUG:
    # Production is HTTPS-only by default; each switch is an environment variable (see README).
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
    # HSTS for subdomains and browser preload lists bind every subdomain of the operator's domain,
    # which this project cannot know: off unless the operator turns them on, and their checks
    # (W005, W021) silenced only while they are off.
    if not SECURE_HSTS_INCLUDE_SUBDOMAINS:
        SILENCED_SYSTEM_CHECKS.append("security.W005")
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS.append("security.W021")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    # Successful logins, failures and lockouts (django-axes) are logged whatever the root level.
    "loggers": {"axes": {"level": "INFO"}},
}
