"""Write the archive to fixtures/ as the canonical seed (natural keys, sorted, indented, UTF-8)."""

from django.core.management.base import BaseCommand

from archive.seed import FIXTURES_DIR, SEED_FILES, serialize_models


class Command(BaseCommand):
    help = "Rewrite fixtures/ from the database, deterministically, so admin edits become the canonical seed."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(FIXTURES_DIR), help="Target folder (default: fixtures/).")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")

    def handle(self, *args, dir, dry_run, **options):
        from pathlib import Path

        target = Path(dir)
        target.mkdir(parents=True, exist_ok=True)
        for name, labels in SEED_FILES.items():
            text = serialize_models(labels)
            path = target / name
            old = path.read_text(encoding="utf-8") if path.exists() else None
            state = "unchanged" if old == text else "would change" if dry_run else "written"
            if old != text and not dry_run:
                path.write_text(text, encoding="utf-8")
            if options["verbosity"] >= 1:
                self.stdout.write(f"{name}: {state}")
