"""Serialisation formats: one module per format, all listed in one registry."""

from newsmodel.io.registry import FormatInfo, dumps, formats, get_format, loads, register

__all__ = ["FormatInfo", "dumps", "formats", "get_format", "loads", "register"]
