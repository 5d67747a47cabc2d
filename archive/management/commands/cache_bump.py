"""Move the archive generation forward: every worker drops its cached pages within a second."""

from django.core.management.base import BaseCommand

from archive.generation import bump_now


class Command(BaseCommand):
    help = (
        "Bump the archive generation (and its copy in Redis when REDIS_URL is set): every cached public page is rendered afresh. "
        "Writes through Django do this by themselves; use it after changing the database by other means."
    )

    def handle(self, *args, **options):
        value = bump_now()
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Archive generation: {value.number}."))
