"""Identifiers for articles in the formats that need one (ninjs, NITF, JSON-LD, tables):
the article's URL as an absolute URI (RFC 3986), or a stable URN from a hash of its text.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import regex

from newsmodel.model import Article

__all__ = ["URI_RE", "article_uri", "url_as_uri"]

#: Characters a URL may carry unescaped in a URI (RFC 3986 reserved and unreserved, and %,
#: but the brackets of IPv6 hosts and a second "#").
URI_SAFE = ":/?@!$&'()*+,;=-._~%"

#: A "%" that begins no percent-encoded octet.
STRAY_PERCENT_RE = regex.compile(r"%(?![0-9A-Fa-f]{2})")

_U = r"A-Za-z0-9\-._~!$&'()*+,;="  # unreserved and sub-delims
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_U}:@]|{_PCT})"
#: An absolute URI of RFC 3986 (without IP-literal hosts), as a URL quoted with URI_SAFE is.
URI_RE = regex.compile(
    rf"[A-Za-z][A-Za-z0-9+\-.]*:"
    rf"(?://(?:(?:[{_U}:]|{_PCT})*@)?(?:[{_U}]|{_PCT})*(?::[0-9]*)?(?:/{_PCHAR}*)*"
    rf"|/?(?:{_PCHAR}+(?:/{_PCHAR}*)*)?)"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)


def url_as_uri(url: str) -> str | None:
    """``url`` as an absolute URI (RFC 3986), characters a URI cannot carry percent-encoded;
    None when it is none (no scheme, a port that is no number)."""
    head, hash_, fragment = STRAY_PERCENT_RE.sub("%25", url).partition("#")
    uri = quote(head, safe=URI_SAFE, errors="surrogatepass")
    if hash_:
        uri += "#" + quote(fragment, safe=URI_SAFE, errors="surrogatepass")
    return uri if URI_RE.fullmatch(uri) else None


def article_uri(article: Article) -> str:
    """An identifier for the article: its URL as a URI, or a stable URN from a hash of its text."""
    uri = url_as_uri(article.url) if article.url else None
    if uri is not None:
        return uri
    digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"urn:newsmodel:sha256:{digest}"
