"""What the command line shares: its name, the reporter of warnings and errors, and the
errors that stop an input or the command."""

from __future__ import annotations

import sys
from typing import IO, Any

PROG = "newsmodel"


class Reporter:
    """Writes warnings and errors as single lines on stderr and counts them."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream
        self.errors = 0
        self.warnings = 0
        #: A progress bar on the same stream, cleared around each message (a tqdm bar).
        self.bar: Any = None

    def _say(self, level: str, name: str | None, message: str) -> None:
        text = " ".join(message.split())
        where = f"{name}: " if name and not text.startswith(f"{name}:") else ""
        self.say(f"{PROG}: {level}: {where}{text}")

    def say(self, line: str) -> None:
        """Write one line (beside the progress bar, if there is one)."""
        stream = self.stream or sys.stderr
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            print(line, file=stream, flush=True)

    def warning(self, name: str | None, message: str) -> None:
        """Report something the user should know that did not stop the work."""
        self.warnings += 1
        self._say("warning", name, message)

    def error(self, name: str | None, message: str) -> None:
        """Report an input or step that failed."""
        self.errors += 1
        self._say("error", name, message)


class _CommandError(Exception):
    """A problem with the command as a whole: one line, exit status 1."""


class _UnreadableError(Exception):
    pass


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        stream = sys.stdout
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8")
        return stream
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _CommandError(f"{path}: {_os_reason(exc)}") from None
