"""Which Arabic words are ordinary words, not names: word frequencies from ``wordfreq``.

wordfreq (Apache-2.0, data CC-BY-SA 4.0) is a maintained frequency list built from
Wikipedia, subtitles, news, books, web text and social media; its Arabic list has 620k
words. A frequent word (Zipf >= :data:`translit.thresholds.COMMON_WORD_ZIPF`) is never
matched fuzzily, so على (7.2) cannot become علي, nor حارس (4.5) حارث. Names frequent in
news are frequent words too (أوباما 4.5), which is why a lexicon's own listed forms always
match exactly: the lexicon, not the frequency list, says what is a name.
"""

from __future__ import annotations

from functools import lru_cache

from translit.orthography import fold

__all__ = ["zipf", "is_common"]

#: Words below this Zipf value are not kept in memory (they are rare: under 1 per million).
_FLOOR = 3.0


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """Folded Arabic word -> Zipf frequency, for words at or above the floor."""
    import math

    import wordfreq  # imported here: loading its Arabic list takes about half a second

    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        z = math.log10(freq) + 9.0
        if z < _FLOOR:
            continue
        folded = fold(word)
        if z > out.get(folded, 0.0):
            out[folded] = round(z, 2)
    return out


def frequencies() -> dict[str, float]:
    """The folded word -> Zipf table (computed once per process)."""
    return _frequencies()


def zipf(word: str) -> float:
    """Zipf frequency of a folded Arabic word (0.0 when rarer than 1 per million).

    >>> zipf("علي") > 6
    True
    >>> zipf("ماكغورك")
    0.0
    """
    return frequencies().get(word, 0.0)


def is_common(word: str, threshold: float) -> bool:
    """True when the folded ``word`` is at least as frequent as ``threshold`` (Zipf).

    >>> is_common("علي", 3.5), is_common("بارنيع", 3.5)
    (True, False)
    """
    return zipf(word) >= threshold
