"""Benchmark import/export against loaddata/dumpdata on a generated archive; prints ratios from one run."""

import io
import tempfile
import time
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from reversion.models import Version

from archive.integrity import empty_archive
from archive.registry import archive_models
from archive.seed import SEED_FILES
from archive.transfer.archive import export_archive, import_archive


class Command(BaseCommand):
    help = "Time import_archive vs loaddata and export_archive vs dumpdata (CSV) on a generate_archive --scale N archive."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=100)

    def handle(self, *args, scale, **options):
        if any(model.objects.exists() for model in archive_models()):
            raise CommandError("Run the benchmark on an empty database (make bench uses a temporary one).")
        call_command("generate_archive", scale=scale, stdout=io.StringIO())
        rows = sum(model.objects.count() for model in archive_models())
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            timings = {}
            # dumpdata per group of SEED_FILES: the archive's models form a cycle (organ → legal basis →
            # instrument → event → organ), so one dump in Django's own order cannot be loaded back.
            dump_files = [folder / name for name in SEED_FILES]
            started = time.perf_counter()
            for path, labels in zip(dump_files, SEED_FILES.values(), strict=True):
                with path.open("w", encoding="utf-8") as out:
                    call_command("dumpdata", *labels, natural_foreign=True, natural_primary=True, stdout=out)
            timings["dumpdata"] = time.perf_counter() - started

            started = time.perf_counter()
            export_archive(folder / "csv", "csv")
            timings["export_archive"] = time.perf_counter() - started

            empty_archive()
            started = time.perf_counter()
            call_command("loaddata", *map(str, dump_files), verbosity=0)
            timings["loaddata"] = time.perf_counter() - started

            empty_archive()
            started = time.perf_counter()
            report = import_archive(folder / "csv")
            timings["import_archive"] = time.perf_counter() - started
            if not report.ok:
                raise CommandError("import failed: " + "; ".join(report.all_errors()[:5]))
            # import_archive keeps every row it writes in one revision; loaddata keeps none.
            versions = Version.objects.count()

        self.stdout.write(f"generated archive: scale {scale}, {rows} rows")
        self.stdout.write(f"revision history on: import_archive kept {versions} versions")
        for name, seconds in timings.items():
            self.stdout.write(f"{name:>15}: {seconds:8.2f} s")
        import_ratio = timings["import_archive"] / timings["loaddata"]
        export_ratio = timings["export_archive"] / timings["dumpdata"]
        self.stdout.write(f"import_archive / loaddata = {import_ratio:.2f} (target ≤ 3)")
        self.stdout.write(f"export_archive / dumpdata = {export_ratio:.2f} (target ≤ 2)")
