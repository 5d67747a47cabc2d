"""Load fixtures/ into an empty archive; never touch an archive that already holds records."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from archive.history.recording import recorded
from archive.planner import analyze
from archive.registry import archive_models
from archive.seed import FIXTURES_DIR, SEED_FILES


class Command(BaseCommand):
    help = "Load the seed fixtures only when the archive is empty (a second run changes nothing)."

    def handle(self, *args, **options):
        if any(model.objects.exists() for model in archive_models()):
            self.stdout.write("The archive already holds records: seed not loaded (editors' changes are kept).")
            return
        files = [str(FIXTURES_DIR / name) for name in SEED_FILES]
        # One revision holds every record's first version, so the first edit has a "before".
        with recorded(comment="Seed loaded from fixtures/ (the chapter's transcription)", bulk=True):
            call_command("loaddata", *files, verbosity=options["verbosity"])
        analyze()
        self.stdout.write(self.style.SUCCESS("Seed archive loaded."))
