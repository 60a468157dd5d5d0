"""Every exception newsledger raises, with a stable code and an exit code.

The tree::

    NewsledgerError                 E000  exit 1
    ├── InputError                  E100  exit 1   one input could not be read
    │   ├── EmptyInputError         E101
    │   ├── BinaryInputError        E102
    │   ├── EncodingError           E103
    │   ├── TooLargeError           E104
    │   ├── MalformedInputError     E105   broken HTML, XML, feed, JSON, gzip or WARC
    │   ├── MissingPathError        E106
    │   └── ManifestError           E107
    ├── ModelError                  E200  exit 1   an object violates an invariant
    │   └── SpanError               E201   offsets outside the text or text != slice
    ├── PipelineError               E300  exit 2   a pipeline cannot be built
    │   ├── UnknownExtractorError   E301
    │   └── MissingRequirementError E302
    ├── StoreError                  E400  exit 1
    │   └── SchemaVersionError      E401
    ├── OptionalDependencyError     E500  exit 1   an extra is not installed
    └── UsageError                  E600  exit 2   the command was called wrongly

Library code raises these; only the CLI turns them into messages and exit codes.
Exceptions keep their inputs as attributes and survive pickling (Dask ships them between
processes), so every subclass passes all its constructor arguments to ``__init__`` of the base
through ``args``.
"""

from __future__ import annotations

from typing import Any, ClassVar


class NewsledgerError(Exception):
    """Base class: a coded, picklable error with a human-readable message."""

    code: ClassVar[str] = "E000"
    exit_code: ClassVar[int] = 1

    def __init__(self, message: str, **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.context = context
        for key, value in context.items():
            setattr(self, key, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.context))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[NewsledgerError], message: str, context: dict[str, Any]) -> NewsledgerError:
    return cls(message, **context)


class InputError(NewsledgerError):
    """One input (file, record, URL) could not be read; the rest of a batch goes on."""

    code = "E100"
    path: str

    def __init__(self, message: str, *, path: str = "", **context: Any) -> None:
        super().__init__(message, path=path, **context)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class MalformedInputError(InputError):
    code = "E105"


class MissingPathError(InputError):
    code = "E106"


class ManifestError(InputError):
    code = "E107"


class ModelError(NewsledgerError):
    code = "E200"


class SpanError(ModelError):
    """A span's offsets fall outside its article text, or its text differs from the slice."""

    code = "E201"


class PipelineError(NewsledgerError):
    code = "E300"
    exit_code = 2


class UnknownExtractorError(PipelineError):
    code = "E301"


class MissingRequirementError(PipelineError):
    code = "E302"


class StoreError(NewsledgerError):
    code = "E400"


class SchemaVersionError(StoreError):
    code = "E401"


class OptionalDependencyError(NewsledgerError):
    """An optional extra is needed; the message names the ``pip install`` that brings it."""

    code = "E500"


class UsageError(NewsledgerError):
    code = "E600"
    exit_code = 2


def require(module: str, extra: str) -> Any:
    """Import an optional dependency lazily, or raise with the install hint."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise OptionalDependencyError(
            f"{module} is not installed; install it with: pip install 'newsledger[{extra}]'",
            module=module,
            extra=extra,
        ) from exc
