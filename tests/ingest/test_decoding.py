"""Encodings: UTF-8 first, declared charsets, Western single-byte text, then detection."""

from __future__ import annotations

import pytest

from newsledger.errors import BinaryInputError, EncodingError
from newsledger.ingest.decoding import decode

WESTERN = [
    "São Paulo: a ação do governo não foi anunciada, disse o ministro.",
    "Die Bundeswehr schickt Soldaten an die Grenze. Größere Übungen folgen.",
    "Le ministre a déclaré : « Nous enverrons des soldats à la frontière. »",
    "The café was closed; Ms. Brontë declined to comment.",
]


@pytest.mark.parametrize("text", WESTERN)
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_decoding_western_single_byte(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), path="x") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Президент объявил во вторник, что армия отправит войска к границе.", "cp1251"),
        ("Prezydent ogłosił we wtorek, że wojsko wyśle żołnierzy na granicę.", "cp1250"),
        ("The troops “left” — it’s over.", "utf-16"),
        ("Ça va.", "utf-8-sig"),
    ],
)
def test_decoding_other_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), path="x") == text


def test_decoding_declared_html_charset() -> None:
    html = '<html><head><meta charset="iso-8859-7"></head><body>Αθήνα</body></html>'
    assert "Αθήνα" in decode(html.encode("iso-8859-7"), path="x")


def test_decoding_binary_control_characters() -> None:
    with pytest.raises(BinaryInputError):
        decode(bytes(range(1, 32)) * 10, path="x")


def test_decoding_undecodable_bytes() -> None:
    with pytest.raises(EncodingError) as raised:
        decode(bytes(range(0x80, 0x100)) * 3, path="x.txt")
    assert str(raised.value) == "x.txt: cannot decode the text: no character encoding fits"
