"""Session-wide checks for the whole suite (tests/ and docs/).

Every ninjs and NITF document the suite writes, through ``newsmodel.dumps``, the
CLI or the format modules, is validated against IPTC's official ninjs 3.1 JSON
Schema and NITF 3.6 XSD from ../shared/schemas; an invalid document fails the
test that wrote it. Without ../shared the documents are not validated.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest


@pytest.fixture(autouse=True, scope="session")
def _validate_iptc_documents() -> Iterator[None]:
    """Wrap the ninjs and NITF writers so that every document written is validated."""
    from newsmodel.io import registry
    from tests import iptc

    if not iptc.available():
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        for name, validate in iptc.VALIDATORS.items():
            info = registry.get_format(name)
            assert info.writer is not None
            writer = iptc.validating_writer(info.writer, validate)
            patch.setitem(registry._FORMATS, name, attrs.evolve(info, writer=writer))
            module = __import__(f"newsmodel.io.{name}", fromlist=["dumps"])
            patch.setattr(module, "dumps", writer)
        yield


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many documents were validated against the IPTC schemas."""
    from tests import iptc

    if iptc.VALIDATED:
        counts = ", ".join(f"{n} {name}" for name, n in sorted(iptc.VALIDATED.items()))
        terminalreporter.write_line(f"IPTC schemas: validated {counts} documents the suite wrote")
