"""Benchmark import/export against loaddata/dumpdata on a generated archive; prints ratios from one run.

Each step's peak memory is the process's resident set at its highest during the step (Linux: the
peak is reset before the step through /proc/self/clear_refs and read from VmHWM after it; elsewhere
the process's peak so far, ``ru_maxrss``).
"""

import io
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from reversion.models import Version

from archive.integrity import empty_archive
from archive.registry import archive_models
from archive.seed import SEED_FILES
from archive.transfer.archive import export_archive, import_archive

IMPORT_TARGET = 1.5  # import_archive (with its revision) / loaddata, at scale 100
EXPORT_TARGET = 2.0  # export_archive / dumpdata


def reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_mb() -> float:
    """The resident set's peak (since the last reset) in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class Command(BaseCommand):
    help = "Time import_archive vs loaddata and export_archive vs dumpdata (CSV) on a generate_archive --scale N archive."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=100)

    @contextmanager
    def step(self, name: str):
        reset_peak()
        started = time.perf_counter()
        yield
        self.timings[name] = time.perf_counter() - started
        self.peaks[name] = peak_mb()
        # As each step ends (a run at scale 1000 takes over an hour: what it measured is kept if a later step fails).
        self.stdout.write(f"{name:>16}: {self.timings[name]:8.2f} s, peak memory {self.peaks[name]:7.1f} MB")
        self.stdout.flush()

    def handle(self, *args, scale, **options):
        if any(model.objects.exists() for model in archive_models()):
            raise CommandError("Run the benchmark on an empty database (make bench uses a temporary one).")
        self.timings, self.peaks = {}, {}
        with self.step("generate_archive"):
            call_command("generate_archive", scale=scale, stdout=io.StringIO())
        rows = sum(model.objects.count() for model in archive_models())
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            # dumpdata per group of SEED_FILES: the archive's models form a cycle (organ → legal basis →
            # instrument → event → organ), so one dump in Django's own order cannot be loaded back.
            dump_files = [folder / name for name in SEED_FILES]
            with self.step("dumpdata"):
                for path, labels in zip(dump_files, SEED_FILES.values(), strict=True):
                    with path.open("w", encoding="utf-8") as out:
                        call_command("dumpdata", *labels, natural_foreign=True, natural_primary=True, stdout=out)

            with self.step("export_archive"):
                export_archive(folder / "csv", "csv")

            empty_archive()
            with self.step("loaddata"):
                call_command("loaddata", *map(str, dump_files), verbosity=0)

            empty_archive()
            with self.step("import_archive"):
                report = import_archive(folder / "csv")
            if not report.ok:
                raise CommandError("import failed: " + "; ".join(report.all_errors()[:5]))
            # import_archive keeps every row it writes in one revision; loaddata keeps none.
            versions = Version.objects.count()

        self.stdout.write(f"generated archive: scale {scale}, {rows} rows")
        self.stdout.write(f"revision history on: import_archive kept {versions} versions")
        import_ratio = self.timings["import_archive"] / self.timings["loaddata"]
        export_ratio = self.timings["export_archive"] / self.timings["dumpdata"]
        self.stdout.write(f"import_archive / loaddata = {import_ratio:.2f} (target ≤ {IMPORT_TARGET} at scale 100)")
        self.stdout.write(f"export_archive / dumpdata = {export_ratio:.2f} (target ≤ {EXPORT_TARGET})")
