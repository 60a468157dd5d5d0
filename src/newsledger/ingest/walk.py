"""Paths to Articles: folders walked in sorted order, manifests applied, every problem reported.

``read_paths`` never raises for bad input. Each readable article comes out as an Article, each
unreadable input as an InputError naming it; the caller decides what to store and what to print.

- A folder is read recursively: its files in sorted order, then each subfolder in sorted order
  (the order ``os.walk`` gives, which the batch engine follows too). Hidden entries (``.git``,
  ``.DS_Store``) and project files (``README*``, ``LICENSE*``, ``CHANGELOG*``...) are skipped;
  every other file is tried, so an unreadable one is reported rather than silently passed over.
- ``manifest.csv``/``manifest.json`` in a folder (or in the folder of a file given on its own)
  supplies metadata for the files it lists and is not read as an article; a file it lists that
  does not exist is reported. A path that names a manifest reads the files it lists.
- An explicit manifest (``ReadOptions.manifest``) overrides the automatic ones.
- The same file reached twice (a folder and a file in it) is read once.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

from newsledger.errors import InputError, ManifestError, MissingPathError
from newsledger.ingest.files import MISSING_MESSAGE, read_file
from newsledger.ingest.manifest import MANIFEST_NAMES, Manifest, is_manifest, load_manifest
from newsledger.ingest.options import DEFAULT_OPTIONS, ReadOptions
from newsledger.ingest.records import Fallback, Record, to_article
from newsledger.model import Article

logger = logging.getLogger(__name__)

#: Files in a folder that are about the folder, not news (case-insensitive, any extension).
SKIPPED_NAMES = re.compile(
    r"(?:readme|licen[cs]e|copying|changelog|notice)(?:\.[\w.]*)?$", re.IGNORECASE
)

LISTED_MISSING_MESSAGE = "listed in the manifest but not found"


def read_paths(
    paths: Sequence[str | Path], options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Article | InputError]:
    """Read every article under ``paths`` (see the module docstring)."""
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare would otherwise be read character by character
    reader = _Reader(options)
    yield from reader.explicit_manifest()
    for path in paths:
        yield from reader.path(Path(path))


class _Reader:
    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self.cli = Fallback(reason="cli", source=options.source, published=options.date)
        self.explicit: dict[Path, Fallback] = {}
        self.automatic: dict[Path, Fallback] = {}
        self.loaded_folders: set[Path] = set()
        # What was read, kept small for a million files: folders walked (each of their
        # files once), and only the files reached another way (named, listed or a link).
        self.walked: set[Path] = set()
        self.seen: set[Path] = set()

    def explicit_manifest(self) -> Iterator[InputError]:
        if self.options.manifest is None:
            return
        manifest = yield from self._load(Path(self.options.manifest))
        if manifest is not None:
            self.explicit = manifest.entries

    def path(self, path: Path) -> Iterator[Article | InputError]:
        if path.is_dir():
            yield from self._folder(path)
        elif is_manifest(path) and path.is_file():
            yield from self._manifest_files(path)
        elif path.exists():
            yield from self._folder_manifest(path.parent)
            yield from self._file(path)
        else:
            yield MissingPathError(MISSING_MESSAGE, path=str(path))

    def _folder(self, folder: Path) -> Iterator[Article | InputError]:
        for root, folders, files in os.walk(folder):
            here = Path(root)
            # Resolving each file's path walked every folder above it again; a file that is
            # no link resolves to its name in the resolved folder.
            resolved_here = here.resolve()
            if resolved_here in self.walked:  # given twice, or inside a folder given before
                folders[:] = []
                continue
            self.walked.add(resolved_here)
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            listed = yield from self._folder_manifest(here)
            for name in sorted(files):
                if not _walk_reads(name):
                    logger.debug("%s: skipped (hidden, a manifest or not news)", here / name)
                    continue
                path = here / name
                if path.is_symlink():
                    yield from self._file(path)
                elif resolved_here / name not in self.seen:
                    yield from self._read(path, resolved_here / name)
            yield from self._listed_missing(listed)

    def _manifest_files(self, path: Path) -> Iterator[Article | InputError]:
        manifest = yield from self._load(path)
        if manifest is None:
            return
        self._remember(path.parent, manifest)
        for file in manifest.entries:
            if file.is_file():
                yield from self._file(file, shown=_shown(file))
        yield from self._listed_missing(manifest)

    def _folder_manifest(self, folder: Path) -> Generator[InputError, None, Manifest | None]:
        """Load the manifest a folder holds, once; returns it (for its listed files) or None."""
        resolved = folder.resolve()
        if resolved in self.loaded_folders:
            return None
        self.loaded_folders.add(resolved)
        for name in MANIFEST_NAMES:
            candidate = folder / name
            if candidate.is_file():
                manifest = yield from self._load(candidate)
                if manifest is not None:
                    self._remember(folder, manifest)
                return manifest
        return None

    def _remember(self, folder: Path, manifest: Manifest) -> None:
        self.loaded_folders.add(folder.resolve())
        self.automatic.update(manifest.entries)

    def _load(self, path: Path) -> Generator[InputError, None, Manifest | None]:
        try:
            manifest = load_manifest(path, max_bytes=self.options.max_bytes)
        except ManifestError as error:
            yield error
            return None
        yield from manifest.problems
        return manifest

    def _listed_missing(self, manifest: Manifest | None) -> Iterator[InputError]:
        if manifest is None:
            return
        for file in manifest.entries:
            if not file.exists():
                yield MissingPathError(LISTED_MISSING_MESSAGE, path=_shown(file))

    def _file(self, path: Path, *, shown: str | None = None) -> Iterator[Article | InputError]:
        """Read a file reached other than by a folder walk (named, listed in a manifest, or a
        link), once: not again, and not when a walked folder held it to be read."""
        resolved = path.resolve()
        if resolved in self.seen:
            return
        if resolved.parent in self.walked and _walk_reads(resolved.name):
            return
        self.seen.add(resolved)
        yield from self._read(path, resolved, shown=shown)

    def _read(
        self, path: Path, resolved: Path, *, shown: str | None = None
    ) -> Iterator[Article | InputError]:
        fallbacks = [
            entry
            for entry in (self.explicit.get(resolved), self.automatic.get(resolved), self.cli)
            if entry is not None
        ]
        for item in read_file(path, shown=shown or str(path), max_bytes=self.options.max_bytes):
            yield _article(item, fallbacks)


def _walk_reads(name: str) -> bool:
    """Whether a folder walk reads a file of this name (not hidden files, manifests, or
    files that are no news)."""
    return not (name.startswith(".") or name.lower() in MANIFEST_NAMES or SKIPPED_NAMES.match(name))


def _article(item: Record | InputError, fallbacks: list[Fallback]) -> Article | InputError:
    if isinstance(item, InputError):
        return item
    try:
        return to_article(item, fallbacks)
    except InputError as error:
        return error


def _shown(path: Path) -> str:
    """A path as short as it can be shown: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
