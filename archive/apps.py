from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "archive"
    verbose_name = _("SCO founding archive")

    def ready(self):
        from django.db.models.signals import post_migrate

        from archive.history import register_models
        from archive.roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self)
        register_models()
