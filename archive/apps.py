from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "archive"
    verbose_name = _("SCO founding archive")

    def ready(self):
        from django.db import connections
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate, pre_migrate

        from archive import generation, search_index
        from archive.history import register_models
        from archive.roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self)
        post_migrate.connect(search_index.ensure, sender=self)  # SQLite's trigram index of the search text
        register_models()
        # Every write to the archive's content bumps the shared generation (archive.generation).
        connection_created.connect(generation.install)
        for connection in connections.all(initialized_only=True):
            generation.install(connection)
        pre_migrate.connect(generation.migration_started)
        post_migrate.connect(generation.migration_finished)
