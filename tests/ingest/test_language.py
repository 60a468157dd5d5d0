"""Language identification: function-word profiles for Latin script, letters for the rest."""

from __future__ import annotations

import pytest

from newsledger.ingest.language import detect_language

SAMPLES = {
    "en": "The Defense Department said on Wednesday that it would send troops to the border.",
    "fr": "Le ministère de la Défense a annoncé mercredi qu'il enverrait des soldats à la "
    "frontière avec le Mexique, selon les responsables.",
    "de": "Das Verteidigungsministerium hat am Mittwoch angekündigt, dass es Soldaten an die "
    "Grenze zu Mexiko schicken wird.",
    "es": "El Departamento de Defensa anunció el miércoles que enviará soldados a la frontera "
    "con México, según los funcionarios.",
    "it": "Il Dipartimento della Difesa ha annunciato mercoledì che invierà soldati al confine "
    "con il Messico, secondo i funzionari.",
    "pt": "O Departamento de Defesa anunciou na quarta-feira que enviará soldados para a "
    "fronteira com o México, segundo as autoridades.",
    "nl": "Het ministerie van Defensie heeft woensdag aangekondigd dat het militairen naar de "
    "grens met Mexico stuurt, zeiden functionarissen.",
    "ru": "Министерство обороны объявило в среду, что направит военнослужащих на границу.",
    "uk": "Міністерство оборони оголосило в середу, що направить військових на кордон.",
    "ar": "أعلنت وزارة الدفاع يوم الأربعاء أنها سترسل جنودا إلى الحدود مع المكسيك.",
    "zh": "国防部周三宣布，将向墨西哥边境派遣现役军人。",
    "ja": "国防総省は水曜日、メキシコとの国境に現役兵を派遣すると発表した。",
    "ko": "국방부는 수요일 멕시코 국경에 현역 군인을 배치한다고 발표했다.",
    "el": "Το υπουργείο Άμυνας ανακοίνωσε την Τετάρτη ότι θα στείλει στρατιώτες στα σύνορα.",
    "he": "משרד הביטחון הודיע ביום רביעי כי ישלח חיילים לגבול עם מקסיקו.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_language_detects_news_prose(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text",
    ["", "1,500 2,200 5,000", "Trump Biden Obama", "OK", "Donald Trump, Joe Biden, Barack Obama"],
)
def test_language_undetermined_when_nothing_tells(text: str) -> None:
    assert detect_language(text) == "und"


def test_language_example_articles_are_english(first_article: object) -> None:
    from newsledger.model import Article

    assert isinstance(first_article, Article)
    assert detect_language(first_article.text) == "en"
